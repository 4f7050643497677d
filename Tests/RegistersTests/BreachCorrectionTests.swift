import JSON
import Registers
import Rules
import Testing

/// `breaches.correct` (issue 16 §6, AVG art. 16 on the register, 33(1) and 33(5)): what may be
/// corrected, `reportBy` re-run, and the late-reason rule when a report was already made.
@Suite struct BreachCorrectionTests {
  static func correct(
    _ bench: inout Bench, _ id: String, _ fields: JSONObject, reason: String? = "verkeerd ingevoerd", lateReason: String? = nil
  ) throws(RegisterError) -> (JSONObject, JSONObject) {
    let now = t(bench.now)
    var change: JSONObject = [:]
    let record = try bench.run { r throws(RegisterError) in
      let ch = try Breaches.correct(id: id, fields: fields, reason: reason, lateReason: lateReason, now: now, by: "fg", in: r)
      change = ch.change
      return ch
    }
    return (record, change)
  }

  static func reported(_ bench: inout Bench, _ id: String, at: String, lateReason: String? = nil) throws(RegisterError) {
    try bench.run { r throws(RegisterError) in
      try Breaches.reportToAuthority(id: id, reportedAt: t(at), reference: "M-1", lateReason: lateReason, in: r)
    }
  }

  @Test func aCorrectedAwarenessMovesReportByAndTheDueIndex() throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    #expect(bench.register[id]?["reportBy"] == "2026-11-30T16:30:00+01:00")
    let (record, change) = try Self.correct(&bench, id, ["awareAt": "2026-11-27T09:15:00+01:00"])
    #expect(record["reportBy"] == "2026-11-30T09:15:00+01:00")
    #expect(change["fields"] == [["field": "awareAt", "old": "2026-11-27T16:30:00+01:00", "new": "2026-11-27T09:15:00+01:00"]])
    #expect(change["recomputed"] == [["field": "reportBy", "old": "2026-11-30T16:30:00+01:00", "new": "2026-11-30T09:15:00+01:00"]])
    let by = t("2026-11-30T09:15:00+01:00").secondsSinceEpoch
    #expect(bench.register.indexed(upTo: by)?.compactMap { $0["id"]?.stringValue } == [id])
    #expect(bench.register.indexed(upTo: by - 1)?.isEmpty == true)
  }

  /// Reported at 2026-11-30T12:00 on an awareness of 2026-11-27T16:30 (in time). (corrected
  /// awareAt, late after the correction): one second either side of the 72 hours.
  static let boundaries: [(String, Bool)] = [
    ("2026-11-27T12:00:00+01:00", false),  // reportBy == reportedAt: in time
    ("2026-11-27T11:59:59+01:00", true),  // one second earlier: late
  ]

  @Test(arguments: boundaries)
  func aCorrectionThatMakesATimelyReportLateNeedsTheReasons(aware: String, late: Bool) throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    try Self.reported(&bench, id, at: "2026-11-30T12:00:00+01:00")
    let fields: JSONObject = ["awareAt": .string(aware)]
    if late {
      let e = registerError { () throws(RegisterError) in _ = try Self.correct(&bench, id, fields) }
      guard case .invalid(let field, _) = e else { Issue.record("expected -32602, got \(String(describing: e))"); return }
      #expect(field == "lateReason")
      let (record, change) = try Self.correct(&bench, id, fields, lateReason: "het lek bleek eerder bekend dan geregistreerd")
      #expect(record["authorityReport"]?["late"] == false)  // as sent to the AP
      #expect(record["authorityReport"]?["correctedLate"] == true)
      #expect(record["authorityReport"]?["correctedLateReason"] == "het lek bleek eerder bekend dan geregistreerd")
      #expect((change["review"]?.arrayValue ?? []).contains { $0.stringValue?.contains("breaches.followUp") == true })
    } else {
      let e = registerError { () throws(RegisterError) in _ = try Self.correct(&bench, id, fields, lateReason: "x") }
      guard case .invalid(let field, _) = e else { Issue.record("expected -32602"); return }
      #expect(field == "lateReason")
      let (record, _) = try Self.correct(&bench, id, fields)
      #expect(record["authorityReport"]?["correctedLate"] == nil)
      #expect(record["reportBy"] == "2026-11-30T12:00:00+01:00")
    }
  }

  @Test func aCorrectionThatMakesALateReportTimelySaysSo() throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-26T09:00:00+01:00")  // reportBy 11-29 09:00
    try Self.reported(&bench, id, at: "2026-11-29T10:00:00+01:00", lateReason: "weekend")
    #expect(bench.register[id]?["authorityReport"]?["late"] == true)
    let tooMuch = registerError { () throws(RegisterError) in
      _ = try Self.correct(&bench, id, ["awareAt": "2026-11-26T10:00:00+01:00"], lateReason: "x")
    }
    if case .invalid(let f, _) = tooMuch { #expect(f == "lateReason") } else { Issue.record("expected -32602") }
    let (record, change) = try Self.correct(&bench, id, ["awareAt": "2026-11-26T10:00:00+01:00"])
    #expect(record["authorityReport"]?["correctedLate"] == false)
    #expect(record["authorityReport"]?["lateReason"] == "weekend")  // as sent
    #expect((change["review"]?.arrayValue ?? []).contains { $0.stringValue?.contains("op tijd") == true })
  }

  @Test func anAwarenessAfterARecordedActIsRefused() throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    try Self.reported(&bench, id, at: "2026-11-28T12:00:00+01:00")
    let e = registerError { () throws(RegisterError) in _ = try Self.correct(&bench, id, ["awareAt": "2026-11-28T13:00:00+01:00"]) }
    if case .invalid(let f, _) = e { #expect(f == "fields.awareAt") } else { Issue.record("expected -32602") }
    let order = registerError { () throws(RegisterError) in _ = try Self.correct(&bench, id, ["occurredAt": "2026-11-27T17:00:00+01:00"]) }
    if case .invalid(let f, _) = order { #expect(f == "fields.occurredAt") } else { Issue.record("expected -32602") }
  }

  /// Fields that may not be corrected, each refused naming the field.
  static let refusals: [(JSONObject, String)] = [
    (["kind": "nearMiss"], "fields.kind"), (["status": "closed"], "fields.status"), (["id": "D-2026-0009"], "fields.id"),
    (["reportBy": "2026-12-01T00:00:00+01:00"], "fields.reportBy"), (["assessment": ["risk": "low"]], "fields.assessment.risk"),
    (["authorityReport": ["reference": "x"]], "fields.authorityReport"), (["notifications": []], "fields.notifications"),
    (["assessment": ["subjectsAffected": ["min": 1, "max": 2]]], "fields.assessment.subjectsAffected"),  // not assessed yet
    (["breachAwareAt": "2026-11-27T17:00:00+01:00"], "fields.breachAwareAt"), (["victims": 3], "fields.victims"),
    (["awareAt": "2026-11-27"], "fields.awareAt"), (["summary": ""], "fields.summary"),
  ]

  @Test(arguments: refusals.indices)
  func aFieldThatMayNotBeCorrectedIsRefusedByName(_ i: Int) throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let (fields, field) = Self.refusals[i]
    let e = registerError { () throws(RegisterError) in _ = try Self.correct(&bench, id, fields) }
    if case .invalid(let f, _) = e { #expect(f == field, "\(fields)") } else { Issue.record("expected -32602 for \(fields), got \(String(describing: e))") }
    #expect(bench.seq == 1)
  }

  @Test func countsAndCategoriesOfAnAssessmentAreCorrectedTheRiskStays() throws {
    var bench = Bench()
    let id = try bench.registered(awareAt: "2026-11-27T16:30:00+01:00")
    try bench.assessed(id, .high)
    let (record, change) = try Self.correct(
      &bench, id, ["assessment": ["subjectsAffected": ["min": 28, "max": 31], "dataCategories": ["naam", "cijfers"]]])
    #expect(record["assessment"]?["subjectsAffected"] == ["min": 28, "max": 31])
    #expect(record["assessment"]?["risk"] == "high")
    #expect(change["fields"]?.arrayValue?.count == 2)
    let bad = registerError { () throws(RegisterError) in
      _ = try Self.correct(&bench, id, ["assessment": ["recordsAffected": ["min": 5, "max": 2]]])
    }
    if case .invalid(let f, _) = bad { #expect(f == "fields.assessment.recordsAffected.max") } else { Issue.record("expected -32602") }
  }

  @Test func aClosedRecordCanBeCorrected() throws {
    var bench = Bench()
    let id = try bench.registered(.nearMiss, awareAt: "2026-11-27T16:30:00+01:00")
    try bench.run { r throws(RegisterError) in try Breaches.close(id: id, closedAt: t("2026-11-28T10:00:00+01:00"), lessonsLearned: nil, in: r) }
    let (record, _) = try Self.correct(&bench, id, ["summary": "Phishingmail aan twee docenten"])
    #expect(record["status"] == "closed" && record["summary"] == "Phishingmail aan twee docenten")
    #expect(record["reportBy"] == nil)
  }
}
