import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Issue 19 over the wire: the consent looked up by `requests.decide`, `requests.route`, the
/// BW 1:377c channel, the remedies and fee params, and a refusal after the holder changed.
@Suite struct RequestsLawTests {
  static let director: JSONValue = ["name": "A. Jansen", "role": "director"]
  static let remedies: JSONValue = ["apComplaint": true, "judicialRemedy": true, "board": "publicLaw", "awbObjection": true]

  /// Opens a parent's results request for student S-18, received 2026-11-20; returns its id.
  func openResults(_ s: InProcess, born: String = "2008-03-15", relationship: String = "parent") throws -> String {
    try s.ok("requests.open", [
      "type": "results", "student": ["id": "S-18", "birthDate": .string(born)], "requester": ["relationship": .string(relationship)],
      "receivedOn": "2026-11-20",
    ])["id"]?.stringValue ?? ""
  }

  @Test func decideFindsTheStudentsConsentInTheConsentsRegister() throws {
    let s = try InProcess()
    let id = try openResults(s)
    let grant: JSONObject = ["id": .string(id), "decision": "granted", "decidedBy": Self.director, "decidedAt": "2026-11-28T09:00:00+01:00"]
    let none = try #require(s.error("requests.decide", grant))
    #expect(none.code == .notEntitled && none.data?["field"] == "decision")
    let consent = try s.ok("consents.record", [
      "student": ["id": "S-18", "birthDate": "2008-03-15"], "givenBy": ["relationship": "student", "name": "L. de Boer"],
      "scope": ["results"], "purpose": "my parents see my results", "givenOn": "2026-11-25",
    ])["id"]
    let d = try s.ok("requests.decide", grant)
    #expect(d["status"] == "decided" && d["consentAtDecision"]?["id"] == consent)
    let events = try s.ok("requests.history", ["id": .string(id)])["events"]?.arrayValue
    #expect(events?.last?["change"]?["consentId"] == consent)
  }

  @Test func aWithdrawnConsentNoLongerCountsFromItsDay() throws {
    let s = try InProcess()
    let id = try openResults(s)
    let consent = try s.ok("consents.record", [
      "student": ["id": "S-18", "birthDate": "2008-03-15"], "givenBy": ["relationship": "student", "name": "L. de Boer"],
      "scope": ["results"], "purpose": "my parents see my results", "givenOn": "2026-11-21",
    ])["id"] ?? .null
    _ = try s.ok("sharing.withdrawConsent", [
      "consentId": consent, "withdrawnOn": "2026-11-27", "by": ["relationship": "student", "name": "L. de Boer"],
    ])
    var grant: JSONObject = ["id": .string(id), "decision": "granted", "decidedBy": Self.director, "decidedAt": "2026-11-27T09:00:00+01:00"]
    #expect(s.error("requests.decide", grant)?.code == .notEntitled)
    grant["consentId"] = consent
    let named = try #require(s.error("requests.decide", grant))
    #expect(named.code == .conflict && named.data?["field"] == "consentId")
    grant["decidedAt"] = "2026-11-26T09:00:00+01:00"  // the day before the withdrawal
    #expect(try s.ok("requests.decide", grant)["consentAtDecision"]?["id"] == consent)
  }

  @Test func aResultsRequestByAParentWithoutAuthorityIsOnTheBW377cChannel() throws {
    let s = try InProcess()
    let id = try openResults(s, born: "2012-01-01", relationship: "parentWithoutAuthority")
    let r = try s.ok("requests.get", ["id": .string(id)])
    #expect(r["legalChannel"] == "BW_377C" && r["entitled"] == true)
    let refused = try s.ok("requests.decide", [
      "id": .string(id), "decision": "refused", "grounds": ["BW1_377C_CHILD_INTEREST"], "decidedBy": Self.director,
      "balancing": "advice of the youth-care worker", "writtenRecord": "letter 9", "decidedAt": "2026-11-28T09:00:00+01:00",
      "remedies": ["judicialRemedy": true],
    ])
    #expect(refused["grounds"] == ["BW1_377C_CHILD_INTEREST"])
  }

  @Test func routeOverTheWire() throws {
    let s = try InProcess()
    let id = try s.ok("requests.open", [
      "type": "access", "student": ["id": "S-13", "birthDate": "2013-06-02"], "requester": ["relationship": "student"],
      "receivedOn": "2026-11-20",
    ])["id"]?.stringValue ?? ""
    let missing = try #require(s.error("requests.route", ["id": .string(id), "to": "student", "at": "2026-11-21T10:00:00+01:00", "decidedBy": Self.director]))
    #expect(missing.code == .invalidParams && missing.data?["field"] == "justification")
    let unrouted = try #require(s.error("requests.decide", ["id": .string(id), "decision": "granted", "decidedBy": Self.director, "decidedAt": "2026-11-21T10:00:00+01:00"]))
    #expect(unrouted.code == .conflict)
    let routed = try s.ok("requests.route", ["id": .string(id), "to": "legalRepresentatives", "at": "2026-11-21T10:00:00+01:00"])
    #expect(routed["requester"]?["relationship"] == "parent" && routed["route"]?["status"] == "legalRepresentatives")
    let again = try #require(s.error("requests.route", ["id": .string(id), "to": "legalRepresentatives", "at": "2026-11-21T11:00:00+01:00"]))
    #expect(again.code == .conflict && again.data?["field"] == "to")
  }

  @Test func aFeeDecisionOverTheWire() throws {
    let s = try InProcess()
    let id = try s.open(student: "S-1")
    var p: JSONObject = [
      "id": .string(id), "decision": "fee", "grounds": ["AVG12_5_EXCESSIVE"], "decidedBy": Self.director,
      "writtenRecord": "letter 3", "decidedAt": "2026-11-28T09:00:00+01:00", "remedies": Self.remedies,
      "manifestReason": "identical to the request answered on 30 October",
    ]
    #expect(s.error("requests.decide", p)?.data?["field"] == "fee")
    p["fee"] = ["amountCents": 1500, "costs": "copies"]
    p["remedies"] = ["apComplaint": true, "judicialRemedy": true, "board": "publicLaw"]
    #expect(s.error("requests.decide", p)?.data?["field"] == "remedies.awbObjection")
    p["remedies"] = Self.remedies
    let d = try s.ok("requests.decide", p)
    #expect(d["decision"] == "fee" && d["fee"]?["amountCents"] == 1500 && d["remedies"]?["awbObjection"] == true)
  }

  @Test func aRefusalAfterTheSixteenthBirthdayIs1003HolderChanged() throws {
    let s = try InProcess()
    let id = try s.open(student: "S-16", birthDate: "2010-11-27", on: "2026-11-20")
    let e = try #require(s.error("requests.decide", [
      "id": .string(id), "decision": "refused", "grounds": ["AVG15_4"], "decidedBy": Self.director, "balancing": "b",
      "writtenRecord": "w", "decidedAt": "2026-11-28T09:00:00+01:00", "remedies": Self.remedies,
    ]))
    #expect(e.code == .notEntitled && e.data?["status"] == "holderChanged")
    #expect(try s.ok("requests.get", ["id": .string(id)])["decision"] == nil)
  }
}
