import JSON
import Rules
import Wording

extension Breaches {
  /// What `breaches.correct` may change, and what not with why (Protocol/breaches.md). Computed,
  /// so the reasons are in the call's language.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Breaches.recordNoun.string,
      allowed: [
        "summary", "source", "school", "occurredAt", "discoveredAt", "awareAt", "breachAwareAt",
        "assessment.dataCategories", "assessment.specialCategories", "assessment.subjectCategories",
        "assessment.subjectsAffected", "assessment.recordsAffected",
      ],
      refused: Texts.Breaches.notCorrectable.mapValues(\.string))
  }

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
        guard let text = value.stringValue else { throw .invalid(field, Texts.Breaches.mustBeInstant.string) }
        if path == "breachAwareAt", before.breachAwareAt == nil {
          throw .invalid(field, Texts.Breaches.breachAwareAtOnlyReclassified.string)
        }
        c.set(path, .string(Amsterdam.format(try instant(text, field: field))), in: &record)
      case "assessment.subjectsAffected", "assessment.recordsAffected":
        guard before.json["assessment"] != nil else { throw .invalid(field, Texts.Breaches.noAssessmentYet.string) }
        guard let o = value.objectValue, let lo = o["min"]?.intValue, let hi = o["max"]?.intValue else {
          throw .invalid(field, Texts.Breaches.mustBeRange.string)
        }
        c.set(path, try CountRange(min: lo, max: hi, field: field).json, in: &record)
      case "assessment.dataCategories", "assessment.specialCategories", "assessment.subjectCategories":
        guard before.json["assessment"] != nil else { throw .invalid(field, Texts.Breaches.noAssessmentYet.string) }
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
          throw .invalid(field, Texts.Breaches.mustBeStrings.string)
        }
        c.set(path, value, in: &record)
      default:
        c.set(path, .string(try requiredText(value.stringValue, field: field)), in: &record)
      }
    }
    guard !c.isEmpty else { throw .invalid("fields", Texts.Breaches.nothingToCorrect.string) }
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
    guard let aware = r.awareAt else { throw .invalid("fields.awareAt", Texts.Breaches.noAwareAt.string) }
    try notInFuture(aware, now: now, field: "fields.awareAt")
    if let o = occurred, o > aware { throw .invalid("fields.occurredAt", Texts.Breaches.occurredAfterAware.string) }
    if let d = discovered, d > aware { throw .invalid("fields.discoveredAt", Texts.Breaches.discoveredAfterAware.string) }
    if let o = occurred, let d = discovered, d < o { throw .invalid("fields.discoveredAt", Texts.Breaches.discoveredBeforeOccurred.string) }
    if let b = r.breachAwareAt {
      if b < aware { throw .invalid("fields.breachAwareAt", Texts.Breaches.beforeAware("breachAwareAt", aware: Amsterdam.format(aware)).string) }
      try notInFuture(b, now: now, field: "fields.breachAwareAt")
    }
    let start = r.clockStart ?? aware
    var acts: [(String, JSONValue?)] = [("authorityReport.reportedAt", r.json["authorityReport"]?["reportedAt"]), ("closedAt", r.json["closedAt"])]
    for n in r.json["notifications"]?.arrayValue ?? [] { acts.append(("notifications.notifiedAt", n["notifiedAt"])) }
    for (name, v) in acts {
      if let at = BreachRecord.instant(v), at < start {
        throw .invalid("fields.awareAt", Texts.Breaches.actBeforeAware(Amsterdam.format(start), act: name, at: Amsterdam.format(at)).string)
      }
    }
  }

  /// Once reported: whether the report was late under the corrected `reportBy` (art. 33(1)).
  static func rerunReport(
    _ before: BreachRecord, _ after: BreachRecord, lateReason: String?, c: inout Correction, record: inout JSONObject
  ) throws(RegisterError) {
    guard let reported = before.reportedAt, let report = record["authorityReport"]?.objectValue else {
      if lateReason != nil { throw .invalid("lateReason", Texts.Breaches.lateReasonWithoutReport.string) }
      return
    }
    let wasLate = report["correctedLate"]?.boolValue ?? report["late"]?.boolValue ?? false
    let late = after.reportBy.map { reported > $0 } ?? false
    let moved = before.reportBy != after.reportBy
    if moved {
      c.review.append(Texts.Breaches.reviewReportNamedOldFacts(reported: Amsterdam.format(reported)).string)
    }
    guard late != wasLate else {
      if lateReason != nil { throw .invalid("lateReason", Texts.Breaches.lateReasonUnchanged(wasLate: wasLate).string) }
      return
    }
    if late {
      guard let why = lateReason, why.contains(where: { !$0.isWhitespace }) else {
        throw .invalid("lateReason", Texts.Breaches.lateReasonRequiredAfterCorrection(reported: Amsterdam.format(reported), deadline: after.reportBy.map(Amsterdam.format) ?? "").string)
      }
      c.derive("authorityReport.correctedLateReason", .string(why), in: &record)
      c.review.append(Texts.Breaches.reviewNowLate.string)
    } else {
      if lateReason != nil { throw .invalid("lateReason", Texts.Breaches.lateReasonNotNeeded.string) }
      c.derive("authorityReport.correctedLateReason", nil, in: &record)
      c.review.append(Texts.Breaches.reviewNowTimely.string)
    }
    c.derive("authorityReport.correctedLate", .bool(late), in: &record)
  }
}
