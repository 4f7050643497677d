import Foundation
import JSON
import JSONRPC
import Testing

/// Issue 16 §4: a refusal blocked by a duty says which duty — closing a data breach whose people
/// must be told, before the art. 34 notice, names `notifySubjects` — with the code callers know (1002).
@Suite struct DutyRefusalTests {
  @Test func closingBeforeTheArt34NoticeNamesTheDuty() throws {
    let s = try InProcess(user: "fg")
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "lijst kwijt", "awareAt": "2026-11-27T16:30:00+01:00"])
    _ = try s.ok("breaches.assess", [
      "id": "D-2026-0001", "risk": "high", "riskRationale": "cijfers van minderjarigen", "assessedBy": ["name": "A", "role": "FG"],
      "assessedAt": "2026-11-28T09:00:00+01:00",
    ])
    _ = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-1"])
    let e = try #require(s.error("breaches.close", ["id": "D-2026-0001", "closedAt": "2026-11-29T09:00:00+01:00"]))
    #expect(e.code.rawValue == 1002)
    #expect(e.data?["duty"] == "notifySubjects")
    #expect(e.data?["reason"]?.stringValue?.contains("AVG art. 34 lid 1") == true)
    #expect(e.data?["status"] == "reported")
    #expect(e.message.contains("notifySubjects"))
  }

  @Test func aStatusThatForbidsTheActionNamesNoDuty() throws {
    let s = try InProcess(user: "fg")
    _ = try s.ok("breaches.register", ["kind": "nearMiss", "summary": "phishing", "awareAt": "2026-11-27T16:30:00+01:00"])
    _ = try s.ok("breaches.close", ["id": "D-2026-0001", "closedAt": "2026-11-29T09:00:00+01:00"])
    let e = try #require(s.error("breaches.assess", [
      "id": "D-2026-0001", "risk": "risk", "riskRationale": "r", "assessedBy": ["name": "A", "role": "FG"],
      "assessedAt": "2026-11-29T10:00:00+01:00",
    ]))
    #expect(e.code.rawValue == 1002)
    #expect(e.data?["duty"] == nil)
  }
}
