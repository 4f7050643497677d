import Foundation
import JSON
import JSONRPC
import Registers
import Synchronization
import Testing

@testable import Service

/// Issue 13 §1: reads of personal data are audited by the dispatcher from each method's
/// declaration (`MethodDeclaration.audit`), so a method cannot forget it (AVG art. 5(2)).
@Suite struct DispatcherAuditTests {
  static let personal = RegisterCatalog.kinds.filter(\.personalData)

  /// The shared reads of every register declare an audit exactly when the register's descriptor
  /// says it holds personal data.
  @Test func sharedReadsDeclareTheirAuditFromTheDescriptor() throws {
    let service = try AvgdService(configuration: ServiceConfiguration())
    let byName = Dictionary(uniqueKeysWithValues: service.server.table.declarations.map { ($0.name, $0) })
    for kind in RegisterCatalog.kinds {
      for verb in ["get", "history", "list", "export"] {
        guard let d = byName["\(kind.name).\(verb)"] else { continue }
        #expect((d.audit != nil) == kind.personalData, "\(d.name): audit declared \(d.audit != nil), personalData \(kind.personalData)")
      }
    }
  }

  /// Every declaration's examples run in catalog order on a fresh store (as the published examples
  /// are recorded): a call that changes no register and returns a record of a personal-data
  /// register must declare an audit, and the audit event it leaves names the records returned.
  @Test func everyReadReturningPersonalRecordsIsAuditedByTheDispatcher() throws {
    var c = ServiceConfiguration()
    c.fixedNow = ExampleRecorder.pinnedNow
    c.settings = .example
    let service = try AvgdService(configuration: c)
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: ExampleRecorder.actor)
    var checkedReads = 0
    var auditedCalls = 0
    for d in service.server.table.declarations {
      for ex in d.examples {
        let before = try positions(service)
        let auditsBefore = try auditCount(service)
        guard case .success(let result) = service.server.call(d.name, params: ex.params, peer: peer, checkPermissions: false)
        else { continue }
        let wrote = try positions(service) != before
        let returned = try personalRecords(in: result, service)
        let newAudits = try auditEvents(service).dropFirst(auditsBefore)
        if d.audit != nil {
          auditedCalls += 1
          // A computed policy that finds no record ids leaves no event; then nothing personal may
          // have been returned.
          var computed = false
          if case .custom? = d.audit { computed = true }
          if computed && newAudits.isEmpty {
            #expect(wrote || returned.own.isEmpty, "\(d.name) / \(ex.name) returned \(returned.own) but audited nothing")
          } else {
            #expect(newAudits.count == 1, "\(d.name) / \(ex.name): \(newAudits.count) audit events")
            #expect(newAudits.first?["method"]?.stringValue == d.name)
          }
        } else {
          #expect(newAudits.isEmpty, "\(d.name) audited without declaring it")
        }
        guard !wrote, !returned.all.isEmpty else { continue }
        checkedReads += 1
        #expect(d.audit != nil, "\(d.name) returns personal records \(returned.all) but declares no audit")
        guard let event = newAudits.first else { continue }
        let named = Set((event["recordIds"]?.arrayValue ?? []).compactMap(\.stringValue))
        #expect(returned.own.isSubset(of: named), "\(d.name): returned \(returned.own), audit names \(named)")
        #expect(!named.isDisjoint(with: returned.all), "\(d.name): audit names none of \(returned.all)")
      }
    }
    #expect(checkedReads >= 10 && auditedCalls >= 20, "the examples exercise the reads (\(checkedReads), \(auditedCalls))")
  }

  /// The `.noted` path fails closed: a handler that states nothing gets an error, not its data.
  @Test func aNotedMethodThatStatesNothingFailsClosed() throws {
    let silent = MethodDeclaration(name: "t.silent", summary: "t", result: ResultSpec("r", schema: [:]), audit: .noted) { _, _ in
      ["secret": "x"]
    }
    let stated = MethodDeclaration(name: "t.stated", summary: "t", result: ResultSpec("r", schema: [:]), audit: .noted) { _, c in
      c.audit.state(.ids(["R-2026-0001"]))
      return ["secret": "x"]
    }
    let seen = Mutex<[AuditedAnswer]>([])
    let server = RPCServer(table: try MethodTable([silent, stated]), audit: { _, _, a in seen.withLock { $0.append(a) } })
    let peer = Peer(kind: .inProcess, uid: 1, gid: 1, pid: nil, userName: "t")
    guard case .failure(let e) = server.call("t.silent", params: [:], peer: peer) else {
      Issue.record("t.silent answered without an audit")
      return
    }
    #expect(e.code == .internalError)
    #expect((try? server.call("t.stated", params: [:], peer: peer).get())?["secret"] == "x")
    #expect(seen.withLock { $0 } == [.ids(["R-2026-0001"])])
    let failing = RPCServer(
      table: try MethodTable([stated]), audit: { _, _, _ throws(RPCError) in throw RPCError(code: .storeFailure, message: "store") })
    guard case .failure(let f) = failing.call("t.stated", params: [:], peer: peer) else {
      Issue.record("data left although the audit could not be recorded")
      return
    }
    #expect(f.code == .storeFailure)
  }

  // MARK: helpers

  /// Each non-audit register's journal position: changes when a call writes.
  private func positions(_ service: AvgdService) throws -> [UInt64] {
    try RegisterCatalog.kinds.filter { $0.name != ReadAudit.register }.map { k in
      try service.ledger.read(k.name) { r throws(RPCError) in r.appliedThrough }
    }
  }

  private func auditCount(_ service: AvgdService) throws -> Int {
    try service.ledger.read(ReadAudit.register) { r throws(RPCError) in r.count }
  }

  private func auditEvents(_ service: AvgdService) throws -> [JSONObject] {
    try service.ledger.read(ReadAudit.register) { r throws(RPCError) in r.all(where: { _ in true }) }
  }

  /// Ids of existing personal-data records the result shows: `own` under a member `id` (records
  /// returned), `all` also under members ending in `Id` (records referred to).
  private func personalRecords(in result: JSONValue, _ service: AvgdService) throws -> (own: Set<String>, all: Set<String>) {
    var own = Set<String>(), all = Set<String>()
    func exists(_ id: String) throws -> Bool {
      for k in Self.personal where id.hasPrefix(k.idPrefix + "-") {
        if try service.ledger.read(k.name, { r throws(RPCError) in r[id] != nil }) { return true }
      }
      return false
    }
    func walk(_ v: JSONValue) throws {
      switch v {
      case .object(let o):
        for m in o {
          if let s = m.value.stringValue, m.key == "id" || m.key.hasSuffix("Id"), try exists(s) {
            all.insert(s)
            if m.key == "id" { own.insert(s) }
          }
          try walk(m.value)
        }
      case .array(let a): for x in a { try walk(x) }
      default: break
      }
    }
    try walk(result)
    return (own, all)
  }
}

/// The shape-based audit of answers that mention records anywhere (`ReadAudit.mentioned`).
@Suite struct MentionedIDsTests {
  @Test(arguments: [
    (JSONValue.string("<td>R-2026-0001</td><td>D-2025-0012, R-2026-0001</td>"), ["R-2026-0001", "D-2025-0012"]),
    (["a": ["x": "see BT-2026-0007"], "b": ["K-2024-0001"]], ["BT-2026-0007", "K-2024-0001"]),
    ("XR-2026-0001 R-26-0001 A-2026-0001", []),
  ] as [(JSONValue, [String])])
  func findsPersonalRecordIdsByShape(value: JSONValue, expected: [String]) {
    #expect(Set(ReadAudit.mentionedIDs(in: value)) == Set(expected))
  }
}
