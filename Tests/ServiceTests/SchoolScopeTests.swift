import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// Roles scoped to schools (issue 18 §1): two schools, callers of every role scoped to one, to
/// both and to the whole board; every method swept from the declarations, by-id answers for another
/// school's record equal to a missing id's, writes naming another school refused, and the scope
/// in the audit of each read.
@Suite struct SchoolScopeTests {
  static let noord = "Noorderschool"
  static let zuid = "Zuiderschool"
  static let scopes: [(suffix: String, schools: [String]?)] = [("A", [noord]), ("AB", [noord, zuid]), ("all", nil)]

  /// A grant per role and scope: user `<role>-A` for Noorderschool, `<role>-AB` for both, `<role>-all` unscoped.
  static func policy() throws -> AccessPolicy {
    var grants: [String] = []
    for role in Role.allCases {
      for s in scopes {
        let schools = s.schools.map { #", "schools": [\#($0.map { "\"\($0)\"" }.joined(separator: ", "))]"# } ?? ""
        grants.append(#"{"user": "\#(role.rawValue)-\#(s.suffix)", "role": "\#(role.rawValue)"\#(schools)}"#)
      }
    }
    let text = #"{"version": 1, "grants": [\#(grants.joined(separator: ", "))]}"#
    return AccessPolicy(config: try RolesConfig.parse(Array(text.utf8), file: "roles.json"), ownUID: 1000)
  }

  static func peer(_ role: Role, _ suffix: String) -> Peer {
    Peer(kind: .socket, uid: 7000, gid: 65534, pid: 4242, userName: "\(role.rawValue)-\(suffix)")
  }

  /// Ids of the seeded records by register: one per school and one board-level record.
  struct Seeded {
    var byRegister: [String: (noord: String?, zuid: String?, board: String)] = [:]
    /// Ids a caller scoped to `scope` must never receive.
    func foreign(to scope: [String]) -> [String] {
      byRegister.values.flatMap { ids -> [String] in
        var out = [ids.board]
        if !scope.contains(zuid), let z = ids.zuid { out.append(z) }
        if !scope.contains(noord), let n = ids.noord { out.append(n) }
        return out
      }
    }
  }

  /// A service with, in every register whose reads are scoped, a record of each school (where
  /// the register keeps a school) and a board-level one, ids of year 2031 so no example names them.
  static func seeded() throws -> (AvgdService, Seeded) {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = try policy()
    let s = try AvgdService(configuration: c)
    var seeded = Seeded()
    for kind in RegisterCatalog.kinds where !kind.school.sharedReads {
      func put(_ schools: [String]) throws -> String {
        try s.ledger.write(kind.name, actor: "seed", at: "2026-11-29T10:00:00+01:00") { r throws(RegisterError) in
          let id = r.nextID(year: 2031)
          var record: JSONObject = ["id": .string(id)]
          if let member = kind.school.member, !schools.isEmpty {
            record[member] = kind.school.match == .any && member == "school"
              ? .string(schools[0]) : .array(schools.map { .string($0) })
          }
          return RegisterChange(type: "\(kind.name).seeded", id: id, record: record, change: [:])
        }["id"]?.stringValue ?? ""
      }
      let board = try put([])
      if kind.school.member != nil {
        seeded.byRegister[kind.name] = (try put([noord]), try put([zuid]), board)
      } else {
        seeded.byRegister[kind.name] = (nil, nil, board)
      }
    }
    return (s, seeded)
  }

  @Test func theRolesFileGrantsForSchoolsBesideTheOldMaps() throws {
    let text = #"{"version":1,"users":{"fg":["privacyOfficer"]},"grants":[{"user":"jansen","role":"administration","schools":["Brederocollege"]},{"uid":7003,"role":"management"}]}"#
    let policy = AccessPolicy(config: try RolesConfig.parse(Array(text.utf8), file: "roles.json"), ownUID: 1000)
    let (s, _) = try Self.seeded()
    let list = try #require(s.server.table["requests.list"])
    let open = try #require(s.server.table["requests.open"])
    let jansen = Peer(kind: .socket, uid: 7001, gid: 65534, pid: 1, userName: "jansen")
    #expect(policy.roles(of: jansen) == [.administration])
    #expect(policy.scope(of: jansen, for: open) == ["Brederocollege"])
    #expect(policy.authorize(jansen, list) != nil, "administration may not list requests at all")
    let fg = Peer(kind: .socket, uid: 7002, gid: 65534, pid: 1, userName: "fg")
    #expect(policy.scope(of: fg, for: list) == nil, "the users map grants for the whole board")
    #expect(policy.scope(of: Peer(kind: .socket, uid: 7003, gid: 65534, pid: 1, userName: nil), for: list) == nil)
  }

  @Test(arguments: [
    (#"{"version":1,"grants":{}}"#, "grants"),
    (#"{"version":1,"grants":[{"role":"management"}]}"#, "grants[0]"),
    (#"{"version":1,"grants":[{"user":"a","role":"boss"}]}"#, "grants[0].role"),
    (#"{"version":1,"grants":[{"user":"a","role":"management","schools":[]}]}"#, "grants[0].schools"),
    (#"{"version":1,"grants":[{"user":"a","role":"management","school":"X"}]}"#, "grants[0].school"),
  ])
  func aBadGrantNamesTheMember(text: String, member: String) {
    do {
      _ = try RolesConfig.parse(Array(text.utf8), file: "roles.json")
      Issue.record("accepted \(text)")
    } catch { #expect(error.member == member, "\(error)") }
  }

  @Test func listsShowEachCallerItsOwnSchoolsAndBoardRecordsOnlyToTheBoard() throws {
    let (s, seeded) = try Self.seeded()
    for kind in RegisterCatalog.kinds where !kind.school.sharedReads {
      guard let list = s.server.table["\(kind.name).list"], let roleName = list.roles.first, let role = Role(rawValue: roleName),
        let ids = seeded.byRegister[kind.name]
      else { continue }
      for scope in Self.scopes {
        let page = try s.server.call(list.name, params: ["limit": 1000], peer: Self.peer(role, scope.suffix)).get()
        let got = Set((page["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        let expected: Set<String> =
          switch scope.schools {
          case nil: Set([ids.board, ids.noord, ids.zuid].compactMap { $0 })
          case let schools?: Set([schools.contains(Self.noord) ? ids.noord : nil, schools.contains(Self.zuid) ? ids.zuid : nil].compactMap { $0 })
          }
        #expect(got.intersection(Set([ids.board, ids.noord, ids.zuid].compactMap { $0 })) == expected, "\(list.name) for \(scope.suffix)")
        #expect(page["total"]?.intValue ?? -1 >= expected.count)
        if scope.schools != nil { #expect(page["total"]?.intValue == got.count, "\(list.name) counts only what \(scope.suffix) sees") }
      }
    }
  }

  /// Every method, for every role it allows, by callers scoped to one school and to both, with its
  /// documented example params: no answer names a record of another school or a board-level one.
  @Test func noMethodLeaksAnotherSchoolsRecords() throws {
    // One service: a scoped caller cannot write or remove another school's records, so what one
    // call changes cannot hide a leak from the next.
    let (s, seeded) = try Self.seeded()
    for d in s.server.table.declarations {
      for roleName in d.roles {
        guard let role = Role(rawValue: roleName) else { continue }
        for scope in Self.scopes {
          guard let schools = scope.schools else { continue }
          let params = d.examples.first?.params ?? [:]
          let answer = s.server.call(d.name, params: params, peer: Self.peer(role, scope.suffix))
          let text: String
          switch answer {
          case .success(let v): text = JSONWriter.string(v)
          case .failure(let e): text = JSONWriter.string(e.data ?? .null) + e.message
          }
          for id in seeded.foreign(to: schools) {
            #expect(!text.contains("\"\(id)\""), "\(d.name) as \(roleName)-\(scope.suffix) shows \(id)")
          }
          if d.scope == SchoolScope.boardOnly {
            guard case .failure(let e) = answer else {
              Issue.record("\(d.name) ran for a caller scoped to \(schools)")
              continue
            }
            #expect(e.code == .forbidden)
          }
        }
      }
    }
  }

  /// Any call by id on a record of another school (or a board-level one) answers exactly as for an
  /// id that does not exist, so scope does not leak existence.
  @Test func byIDOnAnotherSchoolIsIdenticalToAMissingID() throws {
    let (s, seeded) = try Self.seeded()
    var checked = 0
    for d in s.server.table.declarations where d.params.contains(where: { $0.name == "id" && $0.required }) {
      guard let kind = RegisterCatalog.kind(named: d.tag), let ids = seeded.byRegister[kind.name],
        let role = d.roles.first.flatMap(Role.init(rawValue:))
      else { continue }
      let base = d.examples.first?.params ?? [:]
      func answer(_ id: String) -> String {
        var p = base
        p["id"] = .string(id)
        switch s.server.call(d.name, params: p, peer: Self.peer(role, "A")) {
        case .success(let v): return ("ok " + JSONWriter.string(v)).replacingOccurrences(of: id, with: "<id>")
        case .failure(let e): return "\(e.code.rawValue) \(e.message) \(JSONWriter.string(e.data ?? .null))".replacingOccurrences(of: id, with: "<id>")
        }
      }
      let missing = answer("\(kind.idPrefix)-2031-9999")
      for foreign in [ids.zuid, ids.board].compactMap({ $0 }) {
        #expect(answer(foreign) == missing, "\(d.name) on \(foreign)")
      }
      if d.name.hasSuffix(".get") { #expect(missing.hasPrefix("1001 "), "\(d.name): \(missing)") }
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test func aWriteNamingAnotherSchoolIsRefusedNamingTheSchoolField() throws {
    let (s, _) = try Self.seeded()
    let open = try #require(s.server.table["requests.open"])
    var params = try #require(open.examples.first?.params)
    for (school, allowed) in [(Self.zuid, false), (nil, false), (Self.noord, true)] as [(String?, Bool)] {
      params["school"] = school.map { .string($0) }
      let answer = s.server.call("requests.open", params: params, peer: Self.peer(.administration, "A"))
      switch answer {
      case .success(let v):
        #expect(allowed, "opened for \(school ?? "the board") by a caller of Noorderschool")
        #expect(v["school"] == .string(Self.noord))
      case .failure(let e):
        #expect(!allowed, "\(e)")
        #expect(e.code == .invalidParams && e.data?["field"] == "school", "\(e)")
      }
    }
    // A board-level register (processor agreements) takes no writes from a caller scoped to schools.
    let record = try #require(s.server.table["processors.register"])
    guard case .failure(let e) = s.server.call("processors.register", params: record.examples.first?.params ?? [:], peer: Self.peer(.privacyOfficer, "A")) else {
      Issue.record("a scoped caller wrote a board-level processor agreement")
      return
    }
    #expect(e.data?["field"] == "school", "\(e)")
  }

  @Test func theAuditRecordsTheScopeOfEachReadAndIsScopedItself() throws {
    let (s, seeded) = try Self.seeded()
    let noordRequest = try #require(seeded.byRegister["requests"]?.noord)
    _ = try s.server.call("requests.get", params: ["id": .string(noordRequest)], peer: Self.peer(.management, "A")).get()
    let all = try s.server.call("audit.list", params: ["limit": 1000], peer: Self.peer(.privacyOfficer, "all")).get()
    let read = try #require(all["items"]?.arrayValue?.last { $0["method"] == "requests.get" })
    #expect(read["scope"] == [.string(Self.noord)])
    #expect(read["recordIds"] == [.string(noordRequest)])
    let own = try s.server.call("audit.list", params: ["limit": 1000], peer: Self.peer(.privacyOfficer, "A")).get()
    let ids = (own["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    #expect(ids.contains(read["id"]?.stringValue ?? "?"), "Noorderschool's officer sees the reads within Noorderschool")
    #expect(!(own["items"]?.arrayValue ?? []).contains { $0["scope"] == nil }, "board-level reads stay with the board")
  }

  @Test func everyMethodDeclaresOrDerivesItsScope() throws {
    let (s, _) = try Self.seeded()
    for d in s.server.table.declarations {
      #expect(d.scope != nil, "\(d.name) neither declares nor derives its school scope")
    }
    let doc = s.openRPC
    for m in doc["methods"]?.arrayValue ?? [] { #expect(m["x-scope"]?.stringValue != nil, "\(m["name"] ?? .null) has no x-scope") }
  }
}
