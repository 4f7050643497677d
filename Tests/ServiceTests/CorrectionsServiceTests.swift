import JSON
import JSONRPC
import Service
import Testing

/// `requests.correct` and `breaches.correct` on the wire (issue 16 §6): the history keeps the
/// field, the old and the new value, the reason, who and when; the due lists follow; refusals
/// name the field; the roles are as declared.
@Suite struct CorrectionsServiceTests {
  @Test func aRequestCorrectionIsInTheHistoryAndMovesTheDueList() throws {
    let s = try InProcess(user: "fg")
    let id = try s.open(student: "S-1", birthDate: "2014-05-12", on: "2026-10-30")  // due Mon 30 Nov
    #expect(try s.ok("requests.due", ["within": 0])["items"]?.arrayValue?.isEmpty == true)
    let answer = try s.ok("requests.correct", [
      "id": .string(id), "fields": ["receivedOn": "2026-10-27", "student": ["birthDate": "2014-05-21"]],
      "reason": "datum van de brief verkeerd overgenomen",
    ])
    #expect(answer["request"]?["dueOn"] == "2026-11-27")
    #expect(answer["request"]?["lastCorrectedBy"] == "fg")
    #expect(answer["correction"]?["reason"] == "datum van de brief verkeerd overgenomen")
    let due = try s.ok("requests.due", [:])["items"]?.arrayValue ?? []
    #expect(due.first?["id"] == .string(id))
    let events = try s.ok("requests.history", ["id": .string(id)])["events"]?.arrayValue ?? []
    let last = try #require(events.last)
    #expect(last["event"] == "requests.corrected" && last["actor"] == "fg" && last["at"] == "2026-11-29T10:00:00+01:00")
    #expect(last["change"]?["reason"] == "datum van de brief verkeerd overgenomen")
    #expect(last["change"]?["fields"] == [
      ["field": "receivedOn", "old": "2026-10-30", "new": "2026-10-27"],
      ["field": "student.birthDate", "old": "2014-05-12", "new": "2014-05-21"],
    ])
    let recomputed = last["change"]?["recomputed"]?.arrayValue ?? []
    #expect(recomputed.contains(["field": "dueOn", "old": "2026-11-30", "new": "2026-11-27"]))
    #expect(events.first?["event"] == "requests.opened")
  }

  static let refusals: [(String, JSONObject, String)] = [
    ("requests.correct", ["id": "R-2026-0001", "fields": ["status": "responded"], "reason": "x"], "fields.status"),
    ("requests.correct", ["id": "R-2026-0001", "fields": ["type": "erasure"], "reason": "x"], "fields.type"),
    ("requests.correct", ["id": "R-2026-0001", "fields": ["school": "De Linde"], "reason": ""], "reason"),
    ("breaches.correct", ["id": "D-2026-0001", "fields": ["kind": "nearMiss"], "reason": "x"], "fields.kind"),
    ("breaches.correct", ["id": "D-2026-0001", "fields": ["authorityReport": ["late": false]], "reason": "x"], "fields.authorityReport"),
  ]

  @Test(arguments: refusals.indices)
  func aFieldThatMayNotBeCorrectedIsRefusedOnTheWire(_ i: Int) throws {
    let (method, params, field) = Self.refusals[i]
    let s = try InProcess(user: "fg")
    try s.open(student: "S-1")
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "stick", "awareAt": "2026-11-27T16:30:00+01:00"])
    let e = try #require(s.error(method, params))
    #expect(e.code == .invalidParams)
    #expect(e.data?["field"] == .string(field))
  }

  @Test func aBreachCorrectionMovesReportByInTheDueList() throws {
    let s = try InProcess(user: "fg")
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "stick", "awareAt": "2026-11-27T16:30:00+01:00"])
    let answer = try s.ok("breaches.correct", [
      "id": "D-2026-0001", "fields": ["awareAt": "2026-11-26T08:00:00+01:00"], "reason": "de melding kwam een dag eerder binnen",
    ])
    #expect(answer["breach"]?["reportBy"] == "2026-11-29T08:00:00+01:00")
    let items = try s.ok("breaches.due", [:])["items"]?.arrayValue ?? []
    #expect(items.first?["reportBy"] == "2026-11-29T08:00:00+01:00")
    #expect(items.first?["hoursOverdue"] == 2)
    let events = try s.ok("breaches.history", ["id": "D-2026-0001"])["events"]?.arrayValue ?? []
    #expect(events.last?["event"] == "breaches.corrected")
    #expect(events.last?["change"]?["fields"] == [["field": "awareAt", "old": "2026-11-27T16:30:00+01:00", "new": "2026-11-26T08:00:00+01:00"]])
  }

  /// Requests: those who enter them (privacy officer, administration). Breaches: the privacy
  /// officer alone, as for every other step after registration (the art. 33 clock moves).
  @Test func rolesAreAsDeclared() throws {
    let s = try InProcess()
    let table = s.service.server.table.declarations
    #expect(Set(table.first { $0.name == "requests.correct" }?.roles ?? []) == ["privacyOfficer", "administration"])
    #expect(table.first { $0.name == "breaches.correct" }?.roles == ["privacyOfficer"])
  }
}
