import JSON
import Rules

extension Breaches {
  /// What `breaches.correct` may change, and what not with why (Protocol/breaches.md).
  public static let correctable = CorrectableFields(
    "a breach record",
    allowed: [
      "summary", "source", "school", "occurredAt", "discoveredAt", "awareAt", "breachAwareAt",
      "assessment.dataCategories", "assessment.specialCategories", "assessment.subjectCategories",
      "assessment.subjectsAffected", "assessment.recordsAffected",
    ],
    refused: [
      "id": "the id names the record in the AP report, letters and the history",
      "status": "the status moves only by the lifecycle's own actions",
      "kind": "a changed judgement of what happened is breaches.reclassify, with its own reason (art. 33(5))",
      "reportBy": "derived: 72 hours from awareAt (or breachAwareAt); correct those",
      "authorityReportRequired": "derived from the assessment", "subjectsNotificationRequired": "derived from the assessment",
      "assessment.risk": "a judgement, not a fact: assess again (breaches.assess)",
      "assessment.riskRationale": "a judgement, not a fact: assess again (breaches.assess)",
      "assessment.exemption": "a judgement, not a fact: assess again (breaches.assess)",
      "assessment.assessedBy": "the assessment's own trace", "assessment.assessedAt": "the assessment's own trace",
      "authorityReport": "sent to the Autoriteit Persoonsgegevens: it stays as sent; add what changed with breaches.followUp",
      "notifications": "sent to the people affected, with the audience counted from their ages on that day: it stays as sent; a wrong audience means a new communication (breaches.notifySubjects)",
      "measures": "each measure is an act of its own (breaches.addMeasure)",
      "reclassifications": "each reclassification is an act of its own",
      "registeredAt": "the registration's own trace", "registeredBy": "the registration's own trace",
      "closedAt": "the closure is an act of its own", "lessonsLearned": "part of the closure",
    ])

  /// Corrects facts entered wrongly in a breach record (AVG art. 16 on the register; art. 33(5)
  /// asks for the facts to be documented correctly), with a reason, and re-runs what rests on them:
  /// `reportBy` (72 h from the corrected awareness, art. 33(1)) and with it the `breaches.due`
  /// index, and, once reported, whether the report was late. A correction that makes a timely
  /// report late needs `lateReason` (art. 33(1) second sentence: the reasons for the delay); one
  /// that makes a late report timely says so. The report itself stays as sent to the AP; the
  /// `review` notes say to inform the AP with `breaches.followUp` (art. 33(4)).
  public static func correct(
    id: String, fields: JSONObject, reason: String?, lateReason: String?, now: Instant, by actor: String,
    in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "correct", record: before)
    var c = try Correction(reason: reason)
    var record = before.json
    for (path, value) in try correctable.read(fields) {
      let field = "fields.\(path)"
      switch path {
      case "occurredAt", "discoveredAt", "awareAt", "breachAwareAt":
        guard let text = value.stringValue else { throw .invalid(field, "must be an RFC 3339 instant") }
        if path == "breachAwareAt", before.breachAwareAt == nil {
          throw .invalid(field, "only a record reclassified to a dataBreach has breachAwareAt (breaches.reclassify)")
        }
        c.set(path, .string(Amsterdam.format(try instant(text, field: field))), in: &record)
      case "assessment.subjectsAffected", "assessment.recordsAffected":
        guard before.json["assessment"] != nil else { throw .invalid(field, "the record has no assessment yet: give it with breaches.assess") }
        guard let o = value.objectValue, let lo = o["min"]?.intValue, let hi = o["max"]?.intValue else {
          throw .invalid(field, "must be {min, max} with whole numbers")
        }
        c.set(path, try CountRange(min: lo, max: hi, field: field).json, in: &record)
      case "assessment.dataCategories", "assessment.specialCategories", "assessment.subjectCategories":
        guard before.json["assessment"] != nil else { throw .invalid(field, "the record has no assessment yet: give it with breaches.assess") }
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
          throw .invalid(field, "must be an array of strings")
        }
        c.set(path, value, in: &record)
      default:
        c.set(path, .string(try requiredText(value.stringValue, field: field)), in: &record)
      }
    }
    guard !c.isEmpty else { throw .invalid("fields", "every value given equals the stored one: nothing to correct") }
    try checkMoments(BreachRecord(record), now: now)
    let derived = BreachRecord.derive(record)
    c.derive("reportBy", derived["reportBy"], in: &record)
    try rerunReport(before, BreachRecord(derived), lateReason: lateReason, c: &c, record: &record)
    record["lastCorrectedAt"] = .string(Amsterdam.format(now))
    record["lastCorrectedBy"] = .string(actor)
    return try change("correct", event: "corrected", before, record, c.change)
  }

  /// The moments keep their order after a correction (as at registration) and no act recorded
  /// on the record lies before the corrected awareness.
  static func checkMoments(_ r: BreachRecord, now: Instant) throws(RegisterError) {
    let occurred = BreachRecord.instant(r.json["occurredAt"]), discovered = BreachRecord.instant(r.json["discoveredAt"])
    guard let aware = r.awareAt else { throw .invalid("fields.awareAt", "the record has no awareAt") }
    try notInFuture(aware, now: now, field: "fields.awareAt")
    if let o = occurred, o > aware { throw .invalid("fields.occurredAt", "is after awareAt: the school cannot be aware of something before it happened") }
    if let d = discovered, d > aware { throw .invalid("fields.discoveredAt", "is after awareAt; awareness starts no later than discovery by the school") }
    if let o = occurred, let d = discovered, d < o { throw .invalid("fields.discoveredAt", "is before occurredAt") }
    if let b = r.breachAwareAt {
      if b < aware { throw .invalid("fields.breachAwareAt", "is before awareAt \(Amsterdam.format(aware))") }
      try notInFuture(b, now: now, field: "fields.breachAwareAt")
    }
    let start = r.clockStart ?? aware
    var acts: [(String, JSONValue?)] = [("authorityReport.reportedAt", r.json["authorityReport"]?["reportedAt"]), ("closedAt", r.json["closedAt"])]
    for n in r.json["notifications"]?.arrayValue ?? [] { acts.append(("notifications.notifiedAt", n["notifiedAt"])) }
    for (name, v) in acts {
      if let at = BreachRecord.instant(v), at < start {
        throw .invalid("fields.awareAt", "\(Amsterdam.format(start)) is after \(name) \(Amsterdam.format(at)): nothing was done about a breach before the school was aware of it")
      }
    }
  }

  /// Once reported: whether the report was late under the corrected `reportBy` (art. 33(1)).
  static func rerunReport(
    _ before: BreachRecord, _ after: BreachRecord, lateReason: String?, c: inout Correction, record: inout JSONObject
  ) throws(RegisterError) {
    guard let reported = before.reportedAt, let report = record["authorityReport"]?.objectValue else {
      if lateReason != nil { throw .invalid("lateReason", "only for a correction that makes the AP report late; this record has no AP report") }
      return
    }
    let wasLate = report["correctedLate"]?.boolValue ?? report["late"]?.boolValue ?? false
    let late = after.reportBy.map { reported > $0 } ?? false
    let moved = before.reportBy != after.reportBy
    if moved {
      c.review.append("De melding aan de AP (\(Amsterdam.format(reported))) noemde de oude gegevens: geef de verbetering door met breaches.followUp (AVG art. 33(4)).")
    }
    guard late != wasLate else {
      if lateReason != nil { throw .invalid("lateReason", "the correction does not make the AP report late (it was \(wasLate ? "late" : "in time") and stays so)") }
      return
    }
    if late {
      guard let why = lateReason, why.contains(where: { !$0.isWhitespace }) else {
        throw .invalid("lateReason", "with the corrected awareness the AP report (\(Amsterdam.format(reported))) is after the 72-hour deadline \(after.reportBy.map(Amsterdam.format) ?? ""), so art. 33(1) requires the reasons for the delay")
      }
      c.derive("authorityReport.correctedLateReason", .string(why), in: &record)
      c.review.append("Met de verbeterde gegevens is de melding aan de AP te laat: geef de redenen voor de vertraging door met breaches.followUp (AVG art. 33(1)).")
    } else {
      if lateReason != nil { throw .invalid("lateReason", "the correction makes the AP report timely: no reasons for a delay are needed") }
      c.derive("authorityReport.correctedLateReason", nil, in: &record)
      c.review.append("Met de verbeterde gegevens was de melding aan de AP op tijd; de gemelde redenen voor vertraging blijven zoals verstuurd.")
    }
    c.derive("authorityReport.correctedLate", .bool(late), in: &record)
  }
}
