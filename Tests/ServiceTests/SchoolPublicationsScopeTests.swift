import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// `imageConsents`, `publications` and `affected` kept by school (issue 18 §1): a caller scoped to
/// Noorderschool creates, lists, exports and gets only Noorderschool's records; another school's
/// record answers as a missing id; a write naming another school or none is refused on `school`;
/// a publication is cleared only by consents of its own school; the due lists see only the caller's
/// schools; a breach's list of affected people takes and follows its breach's school.
@Suite struct SchoolPublicationsScopeTests {
  static let noord = SchoolScopeTests.noord
  static let zuid = SchoolScopeTests.zuid
  /// The privacy officer of Noorderschool, of both schools, of the whole board.
  static let a = SchoolScopeTests.peer(.privacyOfficer, "A")
  static let ab = SchoolScopeTests.peer(.privacyOfficer, "AB")
  static let board = SchoolScopeTests.peer(.privacyOfficer, "all")

  static func service(journal: MemoryJournal = MemoryJournal()) throws -> AvgdService {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = try SchoolScopeTests.policy()
    return try AvgdService(configuration: c, journal: journal, recordExamples: false)
  }

  static func ok(_ s: AvgdService, _ method: String, _ params: JSONObject, as peer: Peer = board) throws -> JSONValue {
    try s.server.call(method, params: params, peer: peer).get()
  }

  static func error(_ s: AvgdService, _ method: String, _ params: JSONObject, as peer: Peer) -> RPCError? {
    if case .failure(let e) = s.server.call(method, params: params, peer: peer) { return e }
    return nil
  }

  static func consent(_ student: String, school: String?, channels: [JSONValue] = ["WEBSITE"]) -> JSONObject {
    var p: JSONObject = [
      "student": ["id": .string(student), "birthDate": "2014-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "channels": .array(channels), "givenOn": "2026-09-01",
    ]
    if let school { p["school"] = .string(school) }
    return p
  }

  static func publication(_ students: [String], school: String?, on: String = "2026-10-05") -> JSONObject {
    var p: JSONObject = [
      "channel": "WEBSITE", "publishedOn": .string(on), "description": "Foto's sportdag",
      "students": .array(students.map { ["id": .string($0)] }),
    ]
    if let school { p["school"] = .string(school) }
    return p
  }

  /// A consent and a publication at each school and one board-level, recorded by the board.
  static func seeded() throws -> (AvgdService, consents: [String?: String], publications: [String?: String]) {
    let s = try service()
    var consents: [String?: String] = [:], publications: [String?: String] = [:]
    for school in [noord, zuid, nil] as [String?] {
      let c = try ok(s, "publications.consent", consent("4521", school: school))
      consents[school] = c["items"]?.arrayValue?.first?["id"]?.stringValue
      publications[school] = try ok(s, "publications.record", publication(["4521"], school: school))["id"]?.stringValue
    }
    return (s, consents, publications)
  }

  /// The two registers' creating writes, each by Noorderschool's officer, for Noorderschool, for
  /// Zuiderschool and for none.
  static let creators: [(method: String, params: @Sendable (String?) -> JSONObject)] = [
    ("publications.consent", { consent("7001", school: $0) }),
    ("publications.record", { publication(["4521"], school: $0) }),
  ]

  @Test(arguments: [(noord, true), (zuid, false), (nil, false)] as [(String?, Bool)])
  func aScopedWriteMustNameOneOfItsSchools(school: String?, allowed: Bool) throws {
    let (s, _, _) = try Self.seeded()
    for creator in Self.creators {
      switch s.server.call(creator.method, params: creator.params(school), peer: Self.a) {
      case .success(let v):
        #expect(allowed, "\(creator.method) for \(school ?? "the board") by Noorderschool")
        let record = v["items"]?.arrayValue?.first ?? v
        #expect(record["school"] == .string(Self.noord), "\(creator.method): \(v)")
      case .failure(let e):
        #expect(!allowed, "\(creator.method): \(e)")
        #expect(e.code == .invalidParams && e.data?["field"] == "school", "\(creator.method): \(e)")
      }
    }
  }

  @Test(arguments: [("imageConsents", true), ("publications", false)])
  func readsShowEachCallerItsOwnSchoolsAndTheBoardEverything(register: String, consents: Bool) throws {
    let (s, c, p) = try Self.seeded()
    let ids = consents ? c : p
    let (noordID, zuidID, boardID) = (try #require(ids[Self.noord]), try #require(ids[Self.zuid]), try #require(ids[nil]))
    let expected: [(Peer, Set<String>)] = [(Self.a, [noordID]), (Self.ab, [noordID, zuidID]), (Self.board, [noordID, zuidID, boardID])]
    for (peer, want) in expected {
      let list = try Self.ok(s, "\(register).list", ["limit": 100], as: peer)
      let got = Set((list["items"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
      #expect(got.intersection([noordID, zuidID, boardID]) == want, "\(register).list as \(peer.userName ?? "")")
      #expect(list["total"]?.intValue == got.count, "\(register).list counts only what \(peer.userName ?? "") sees")
      let export = try Self.ok(s, "\(register).export", ["format": "json"], as: peer)
      let exported = JSONWriter.string(export)
      for id in [noordID, zuidID, boardID] {
        #expect(exported.contains("\"\(id)\"") == want.contains(id), "\(register).export as \(peer.userName ?? ""): \(id)")
      }
    }
    #expect(try Self.ok(s, "\(register).get", ["id": .string(noordID)], as: Self.a)["school"] == .string(Self.noord))
    let missing = try #require(Self.error(s, "\(register).get", ["id": .string("\(consents ? "BT" : "BP")-2026-9999")], as: Self.a))
    for foreign in [zuidID, boardID] {
      let e = try #require(Self.error(s, "\(register).get", ["id": .string(foreign)], as: Self.a))
      #expect(e.code.rawValue == 1001 && e.code == missing.code)
      #expect(e.message.replacingOccurrences(of: foreign, with: "?") == missing.message.replacingOccurrences(of: "\(consents ? "BT" : "BP")-2026-9999", with: "?"))
    }
    #expect(try Self.ok(s, "\(register).list", ["school": .string(Self.zuid)], as: Self.board)["total"] == 1)
  }

  /// Which consents clear a publication: its own school's only; board-level ones only board-level
  /// publications (table: where the consent is, where it is published, allowed).
  @Test(arguments: [
    (noord, noord, true), (zuid, noord, false), (nil, noord, false), (noord, nil, false), (nil, nil, true), (zuid, zuid, true),
  ] as [(String?, String?, Bool)])
  func aPublicationIsClearedOnlyByItsOwnSchoolsConsent(consentAt: String?, publishedAt: String?, allowed: Bool) throws {
    let s = try Self.service()
    _ = try Self.ok(s, "publications.consent", Self.consent("8800", school: consentAt))
    var check: JSONObject = ["studentId": "8800", "channel": "WEBSITE", "on": "2026-10-05"]
    if let publishedAt { check["school"] = .string(publishedAt) }
    let verdict = try Self.ok(s, "publications.check", check)
    #expect(verdict["allowed"] == .bool(allowed), "consent at \(consentAt ?? "board"), published at \(publishedAt ?? "board"): \(verdict)")
    switch s.server.call("publications.record", params: Self.publication(["8800"], school: publishedAt), peer: Self.board) {
    case .success(let v): #expect(allowed, "recorded \(v)")
    case .failure(let e):
      #expect(!allowed)
      #expect(e.code == .conflict && e.data?["field"] == "students[0].id", "\(e)")
    }
  }

  /// A correction may move a record only between the caller's own schools; the board moves any.
  @Test(arguments: [("imageConsents", "fields.school"), ("publications", "fields.school")])
  func aCorrectionToAnotherSchoolIsRefusedOnSchool(register: String, field: String) throws {
    let (s, consents, pubs) = try Self.seeded()
    let id = try #require((register == "imageConsents" ? consents : pubs)[Self.noord])
    let params: JSONObject = ["id": .string(id), "fields": ["school": .string(Self.zuid)], "reason": "verkeerde school"]
    let refused = try #require(Self.error(s, "\(register).correct", params, as: Self.a))
    #expect(refused.code == .invalidParams && refused.data?["field"] == .string(field), "\(refused)")
    let moved = try Self.ok(s, "\(register).correct", params, as: Self.ab)
    #expect(JSONWriter.string(moved).contains(Self.zuid), "\(moved)")
    #expect(Self.error(s, "\(register).get", ["id": .string(id)], as: Self.a)?.code.rawValue == 1001)
  }

  @Test func aScopedCheckSeesAnotherSchoolsConsentAsNone() throws {
    let (s, _, _) = try Self.seeded()
    let own = try Self.ok(s, "publications.check", ["studentId": "4521", "channel": "WEBSITE", "school": .string(Self.noord)], as: Self.a)
    #expect(own["allowed"] == true)
    let other = try Self.ok(s, "publications.check", ["studentId": "4521", "channel": "WEBSITE", "school": .string(Self.zuid)], as: Self.a)
    #expect(other["allowed"] == false && other["code"] == "noConsent" && other["consentId"] == nil, "\(other)")
  }

  @Test func aWithdrawalEndsOneSchoolsConsentAndListsOnlyItsPublications() throws {
    let (s, consents, pubs) = try Self.seeded()
    let by: JSONValue = ["relationship": "parent", "name": "M. Jansen"]
    let foreign = try #require(Self.error(s, "publications.withdraw", [
      "studentId": "4521", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": by, "school": .string(Self.zuid),
    ], as: Self.a))
    #expect(foreign.code == .invalidParams && foreign.data?["field"] == "school", "\(foreign)")
    let none = try #require(Self.error(s, "publications.withdraw", ["studentId": "4521", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": by], as: Self.a))
    #expect(none.code == .invalidParams && none.data?["field"] == "school", "\(none)")
    let w = try Self.ok(s, "publications.withdraw", [
      "studentId": "4521", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": by, "school": .string(Self.noord),
    ], as: Self.a)
    #expect(w["consents"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [try #require(consents[Self.noord])])
    #expect(w["takedowns"]?.arrayValue?.compactMap { $0["publicationId"]?.stringValue } == [try #require(pubs[Self.noord])])
    // Zuiderschool's consent still holds: its publication stays up, for everyone.
    for peer in [Self.a, Self.ab, Self.board] {
      let due = try Self.ok(s, "publications.takedowns", [:], as: peer)
      #expect(due["items"]?.arrayValue?.compactMap { $0["publicationId"]?.stringValue } == [try #require(pubs[Self.noord])])
    }
    #expect(try Self.ok(s, "imageConsents.get", ["id": .string(try #require(consents[Self.zuid]))])["status"] == "given")
  }

  @Test func theDueListsSeeOnlyTheCallersSchools() throws {
    let s = try Self.service()
    let by: JSONValue = ["relationship": "student", "name": "L. de Boer"]
    // A parent's consent for a student who is 16 now, at each school and at board level.
    var pubs: [String?: String] = [:]
    for school in [Self.noord, Self.zuid, nil] as [String?] {
      var c = Self.consent("5120", school: school)
      c["student"] = ["id": "5120", "birthDate": "2010-10-01"]
      _ = try Self.ok(s, "publications.consent", c)
      pubs[school] = try Self.ok(s, "publications.record", Self.publication(["5120"], school: school))["id"]?.stringValue
    }
    func schools(_ method: String, _ member: String, as peer: Peer) throws -> [String] {
      try Self.ok(s, method, ["on": "2026-11-29"], as: peer)["items"]?.arrayValue?.map { $0["school"]?.stringValue ?? "board" }.sorted() ?? []
    }
    #expect(try schools("publications.reconfirmations", "consentId", as: Self.a) == [Self.noord])
    #expect(try schools("publications.reconfirmations", "consentId", as: Self.ab) == [Self.noord, Self.zuid])
    #expect(try schools("publications.reconfirmations", "consentId", as: Self.board) == [Self.noord, Self.zuid, "board"])
    for school in [Self.noord, Self.zuid, nil] as [String?] {
      var w: JSONObject = ["studentId": "5120", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": by]
      if let school { w["school"] = .string(school) }
      _ = try Self.ok(s, "publications.withdraw", w)
    }
    #expect(try schools("publications.takedowns", "publicationId", as: Self.a) == [Self.noord])
    #expect(try schools("publications.takedowns", "publicationId", as: Self.ab) == [Self.noord, Self.zuid])
    #expect(try schools("publications.takedowns", "publicationId", as: Self.board) == [Self.noord, Self.zuid, "board"])
  }

  /// A consent and a publication stored before records kept a school: board-level, read by the
  /// board only, and the old consent still clears a board-level publication.
  @Test func recordsInTheOldShapeStayBoardLevel() throws {
    let consent: JSONObject = [
      "id": "BT-2026-0001", "status": "given", "student": ["id": "4521", "birthDate": "2012-05-10"], "channel": "WEBSITE",
      "channelLabel": "website", "givenBy": ["relationship": "parent", "name": "M. Jansen"], "givenOn": "2026-09-01",
      "validFrom": "2026-09-01", "validUntil": "2027-07-31", "renewalDate": "08-01", "ageOnGiving": 14,
    ]
    let event = RegisterEvent(
      seq: 1, at: "2026-09-01T09:00:00+02:00", actor: "fg", type: "imageConsents.given",
      data: ["id": "BT-2026-0001", "record": .object(consent), "change": [:]])
    let s = try Self.service(journal: MemoryJournal(recovered: [event]))
    #expect(try Self.ok(s, "imageConsents.get", ["id": "BT-2026-0001"])["student"]?["id"] == "4521")
    #expect(Self.error(s, "imageConsents.get", ["id": "BT-2026-0001"], as: Self.a)?.code.rawValue == 1001)
    #expect(try Self.ok(s, "imageConsents.list", [:], as: Self.ab)["total"] == 0)
    let board = try Self.ok(s, "publications.record", Self.publication(["4521"], school: nil))
    #expect(board["students"]?.arrayValue?.first?["consentId"] == "BT-2026-0001")
    #expect(Self.error(s, "publications.record", Self.publication(["4521"], school: Self.noord), as: Self.a)?.code == .conflict)
    // The board's officer moves the old consent to its school; then it clears that school's publication.
    _ = try Self.ok(s, "imageConsents.correct", ["id": "BT-2026-0001", "fields": ["school": .string(Self.noord)], "reason": "school van het formulier"])
    #expect(try Self.ok(s, "imageConsents.get", ["id": "BT-2026-0001"], as: Self.a)["school"] == .string(Self.noord))
    #expect(try Self.ok(s, "publications.record", Self.publication(["4521"], school: Self.noord), as: Self.a)["school"] == .string(Self.noord))
  }
}
