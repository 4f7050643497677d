import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Answers that carry personal data are audited and show a writer only what it may see (issue 14,
/// item 9): `requests.verifyIdentity` (repeatable, so it must not read requests for the
/// administration), `requests.due`, `sharing.recipients`, and `sharing.record`'s 1003, which must not
/// say whose a consent is.
@Suite struct AnswerAuditTests {
  let service: AvgdService
  let fg = Peer(kind: .socket, uid: 1000, gid: 1000, pid: 7, userName: "fg")
  let desk = Peer(kind: .socket, uid: 1001, gid: 1001, pid: 8, userName: "balie")

  init() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    let config = try RolesConfig.parse(
      Array(#"{"version":1,"users":{"fg":["privacyOfficer"],"balie":["administration"]}}"#.utf8), file: "t")
    c.access = AccessPolicy(config: config)
    service = try AvgdService(configuration: c)
  }

  func ok(_ method: String, _ params: JSONObject, as peer: Peer) throws -> JSONValue {
    try service.server.call(method, params: params, peer: peer).get()
  }

  func audits(_ method: String) throws -> [JSONValue] {
    (try ok("audit.list", [:], as: fg)["items"]?.arrayValue ?? []).filter { $0["method"]?.stringValue == method }
  }

  func openRequest() throws -> String {
    try ok("requests.open", [
      "type": "access", "student": ["id": "S-7", "birthDate": "2014-05-12"],
      "requester": ["relationship": "parent", "name": "J. de Vries", "contact": "j.devries@example.nl"],
      "receivedOn": "2026-11-20", "description": "alles over mijn zoon", "school": "Het Baken",
    ], as: fg)["id"]?.stringValue ?? ""
  }

  static let verify: JSONObject = ["method": "paspoort getoond aan de balie", "verifiedAt": "2026-11-27T09:00:00+01:00"]

  @Test func theAdministrationGetsOnlyWhereTheRequestStands() throws {
    let id = try openRequest()
    #expect(service.server.call("requests.get", params: ["id": .string(id)], peer: desk).failure?.code == .forbidden)
    var params = Self.verify
    params["id"] = .string(id)
    for _ in 0..<2 {
      let answer = try #require(try ok("requests.verifyIdentity", params, as: desk).objectValue)
      #expect(Set(answer.keys).isSubset(of: ["id", "type", "status", "receivedOn", "dueOn", "dueBy", "extendedDueOn", "extendedDueBy", "identity"]),
        "\(answer.keys)")
      #expect(answer["requester"] == nil && answer["description"] == nil && answer["student"] == nil && answer["school"] == nil)
      #expect(answer["status"] == "open" && answer["identity"]?["method"] == "paspoort getoond aan de balie")
    }
    let full = try ok("requests.verifyIdentity", params, as: fg)
    #expect(full["requester"]?["name"] == "J. de Vries" && full["description"] == "alles over mijn zoon")
    let events = try audits("requests.verifyIdentity")
    #expect(events.count == 3)
    #expect(events.map { $0["actor"] } == ["balie", "balie", "fg"])
    #expect(events.allSatisfy { $0["recordIds"] == [.string(id)] })
  }

  @Test func theDueListAndTheRecipientsAreAudited() throws {
    let id = try openRequest()
    let due = try ok("requests.due", ["within": 60], as: fg)
    #expect(due["items"]?.arrayValue?.first?["studentId"] == "S-7")
    #expect(try audits("requests.due").map { $0["recordIds"] } == [[.string(id)]])
    _ = try ok("sharing.record", [
      "recipient": ["name": "Leerplicht", "role": "thirdPartyController"], "purpose": "absence report",
      "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name"],
      "students": [["id": "4521", "birthDate": "2012-05-10"]], "disclosedOn": "2026-11-16",
    ], as: fg)
    let recipients = try ok("sharing.recipients", ["studentId": "4521"], as: fg)
    #expect(recipients["count"] == 1)
    let events = try audits("sharing.recipients")
    #expect(events.count == 1 && events.first?["recordIds"] == ["S-2026-0001"] && events.first?["actor"] == "fg")
  }

  @Test func aConsentForAnotherStudentDoesNotSayWhose() throws {
    _ = try ok("consents.record", [
      "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
      "scope": ["photo"], "purpose": "photos on the school website", "givenOn": "2026-01-10",
    ], as: fg)
    let e = service.server.call("sharing.record", params: [
      "recipient": ["name": "Fotostudio", "role": "thirdPartyController"], "purpose": "photos on the school website",
      "legalBasis": "AVG6_1a", "dataCategories": ["photo"], "students": [["id": "9999", "birthDate": "2012-03-15"]],
      "disclosedOn": "2026-02-01", "consentId": "C-2026-0001",
    ], peer: desk).failure
    #expect(e?.code == .notEntitled)
    #expect(e?.data?["field"] == "consentId")
    let text = JSONWriter.string(e?.json ?? .null)
    #expect(!text.contains("3310"), "\(text)")
  }
}

extension Result {
  /// The error, or nil on success.
  var failure: Failure? {
    if case .failure(let e) = self { return e }
    return nil
  }
}
