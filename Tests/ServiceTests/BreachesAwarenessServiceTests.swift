import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Issue 19 items 5 and 12 over the wire: `breaches.reclassify` takes `awareAt`, `breaches.register`
/// refuses a future one, `breaches.notifySubjects` needs what the notice said, and the AP report can
/// say why the people were not told; each refusal names its field.
@Suite struct BreachesAwarenessServiceTests {
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  @Test func reclassifyOverTheWire() throws {
    _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "Laptop stolen", "awareAt": "2026-11-23T09:00:00+01:00"])
    let missing = s.error("breaches.reclassify", ["id": "D-2026-0001", "kind": "dataBreach", "reason": "files on it", "at": "2026-11-24T10:00:00+01:00"])
    #expect(missing?.code == .invalidParams && missing?.data?["field"] == "awareAt")
    let early = s.error("breaches.reclassify", [
      "id": "D-2026-0001", "kind": "dataBreach", "reason": "files on it", "at": "2026-11-24T10:00:00+01:00", "awareAt": "2026-11-23T08:59:59+01:00",
    ])
    #expect(early?.data?["field"] == "awareAt")
    let r = try s.ok("breaches.reclassify", [
      "id": "D-2026-0001", "kind": "dataBreach", "reason": "files on it", "at": "2026-11-24T10:00:00+01:00", "awareAt": "2026-11-24T09:00:00+01:00",
    ])
    #expect(r["reportBy"] == "2026-11-27T09:00:00+01:00" && r["breachAwareAt"] == "2026-11-24T09:00:00+01:00")
    // Friday 09:00 is in time for Wednesday's awareness (it was late for Monday's).
    let report = try s.ok("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-27T09:00:00+01:00", "reference": "M-7"])
    #expect(report["authorityReport"]?["late"] == false)
    let csv = try s.ok("breaches.export", ["format": "csv", "language": "en"])["csv"]?.stringValue ?? ""
    #expect(csv.contains("Aware of the data breach at (reclassified)") && csv.contains("2026-11-24T09:00:00+01:00"))
    let due = try s.ok("breaches.due", [:])
    #expect(due["items"]?.arrayValue?.isEmpty == true)
  }

  /// The due list and the `overdue` filter follow the reclassification's awareness: aware of the
  /// incident on 25 November (72 h gone by now), of the data breach on 27 November 11:00 (25 h left).
  @Test func dueAndOverdueFollowTheAwarenessOfTheBreach() throws {
    _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "Server room door open", "awareAt": "2026-11-25T09:00:00+01:00"])
    _ = try s.ok("breaches.reclassify", [
      "id": "D-2026-0001", "kind": "dataBreach", "reason": "the dossier cabinet was open", "at": "2026-11-27T12:00:00+01:00",
      "awareAt": "2026-11-27T11:00:00+01:00",
    ])
    let due = try s.ok("breaches.due", [:])["items"]?.arrayValue?.first
    #expect(due?["reportBy"] == "2026-11-30T11:00:00+01:00" && due?["hoursLeft"] == 25 && due?["overdue"] == false)
    #expect(try s.ok("breaches.list", ["overdue": true])["total"] == 0)
    #expect(try s.ok("breaches.list", ["overdue": false])["total"] == 1)
    let later = try InProcess(now: "2026-11-30T11:00:01+01:00", user: "fg")
    _ = try later.ok("breaches.register", ["kind": "securityIncident", "summary": "Server room door open", "awareAt": "2026-11-25T09:00:00+01:00"])
    _ = try later.ok("breaches.reclassify", [
      "id": "D-2026-0001", "kind": "dataBreach", "reason": "the dossier cabinet was open", "at": "2026-11-27T12:00:00+01:00",
      "awareAt": "2026-11-27T11:00:00+01:00",
    ])
    #expect(try later.ok("breaches.list", ["overdue": true])["total"] == 1)
  }

  @Test(arguments: [("2026-11-29T10:05:00+01:00", true), ("2026-11-29T10:05:01+01:00", false)])
  func registerRefusesAFutureAwareness(_ c: (awareAt: String, accepted: Bool)) {
    let e = s.error("breaches.register", ["kind": "dataBreach", "summary": "x", "awareAt": .string(c.awareAt)])
    #expect((e == nil) == c.accepted)
    if !c.accepted { #expect(e?.code == .invalidParams && e?.data?["field"] == "awareAt") }
  }

  @Test func notifySubjectsRecordsWhatItSaidAndTheReportWhyNot() throws {
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "Mail to the wrong parents", "awareAt": "2026-11-27T16:30:00+01:00"])
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "Encrypted stick lost", "awareAt": "2026-11-27T16:30:00+01:00"])
    let none = s.error("breaches.notifySubjects", ["id": "D-2026-0001", "notifiedAt": "2026-11-28T09:00:00+01:00", "channel": "letter"])
    #expect(none?.code == .invalidParams && none?.data?["field"] == "content")
    let blank = s.error("breaches.notifySubjects", [
      "id": "D-2026-0001", "notifiedAt": "2026-11-28T09:00:00+01:00", "channel": "letter",
      "content": ["contactPoint": "FG", "consequences": "  ", "measures": "recalled"],
    ])
    #expect(blank?.data?["field"] == "content.consequences")
    let told = try s.ok("breaches.notifySubjects", [
      "id": "D-2026-0001", "notifiedAt": "2026-11-28T09:00:00+01:00", "channel": "letter",
      "content": ["contactPoint": "FG, 023-5550100", "consequences": "other parents saw your address", "measures": "mail recalled", "nature": "a mail to the wrong list"],
    ])
    #expect(told["notifications"]?.arrayValue?.first?["content"]?["measures"] == "mail recalled")
    let r = try s.ok("breaches.reportToAuthority", [
      "id": "D-2026-0002", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-8",
      "subjectsNotToldReason": "encrypted with a key that was not lost (art. 34(3)(a))",
    ])
    #expect(r["authorityReport"]?["subjectsNotToldReason"] == "encrypted with a key that was not lost (art. 34(3)(a))")
    let after = s.error("breaches.reportToAuthority", [
      "id": "D-2026-0001", "reportedAt": "2026-11-28T10:00:00+01:00", "reference": "M-9", "subjectsNotToldReason": "x",
    ])
    #expect(after?.data?["field"] == "subjectsNotToldReason")
  }
}
