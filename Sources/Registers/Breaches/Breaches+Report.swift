import JSON
import Rules
import Wording

extension Breaches {
  /// Records the notification to the Autoriteit Persoonsgegevens (art. 33(1)). Allowed any time
  /// before closing, assessed or not: an initial notification may come before all facts are
  /// known (33(4), decision 30). After `reportBy` the reasons for the delay are required
  /// (33(1) second sentence, decision 28); a report before awareAt is refused. The report can say
  /// why the people were not told (`subjectsNotToldReason`; AP form section 8, VGS: a school that
  /// notifies the AP but not the people explains why), refused once they were told.
  public static func reportToAuthority(
    id: String, reportedAt: Instant, reference: String, lateReason: String?, subjectsNotToldReason: String? = nil,
    in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "reportToAuthority", record: before)
    try notBeforeAware(reportedAt, before, field: "reportedAt")
    let ref = try requiredText(reference, field: "reference")
    var report: JSONObject = ["reportedAt": .string(Amsterdam.format(reportedAt)), "reference": .string(ref)]
    let late = before.reportBy.map { reportedAt > $0 } ?? false
    report["late"] = .bool(late)
    if late {
      guard let reason = lateReason, reason.contains(where: { !$0.isWhitespace }) else {
        let by = before.reportBy.map(Amsterdam.format) ?? ""
        throw .invalid("lateReason", Texts.Breaches.lateReasonRequired(deadline: by).string)
      }
      report["lateReason"] = .string(reason)
    } else if let reason = lateReason {
      report["lateReason"] = .string(reason)
    }
    if let why = subjectsNotToldReason {
      if let told = before.json["notifications"]?.arrayValue?.first?["notifiedAt"]?.stringValue {
        throw .invalid("subjectsNotToldReason", Texts.Breaches.peopleAlreadyTold(on: told).string)
      }
      report["subjectsNotToldReason"] = .string(try requiredText(why, field: "subjectsNotToldReason"))
    }
    report["followUps"] = []
    var record = before.json
    record["authorityReport"] = .object(report)
    return try change("reportToAuthority", event: "reportedToAuthority", before, record, report)
  }

  /// Records a follow-up to the AP notification (art. 33(4), decision 30): a supplement, an
  /// amendment or a withdrawal, each with the AP's reference. A withdrawn notification stays in
  /// the register.
  public static func followUp(
    id: String, at: Instant, type: FollowUpType, reference: String, note: String, in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "followUp", record: before)
    if let reported = before.reportedAt, at < reported {
      throw .invalid("at", Texts.Breaches.beforeAuthorityReport(Amsterdam.format(reported)).string)
    }
    let entry: JSONObject = [
      "at": .string(Amsterdam.format(at)), "type": .string(type.rawValue),
      "reference": .string(try requiredText(reference, field: "reference")), "note": .string(try requiredText(note, field: "note")),
    ]
    var report = before.json["authorityReport"]?.objectValue ?? JSONObject()
    report["followUps"] = .array((report["followUps"]?.arrayValue ?? []) + [.object(entry)])
    if type == .withdraw { report["withdrawn"] = true }
    var record = before.json
    record["authorityReport"] = .object(report)
    return try change("followUp", event: "followedUp", before, record, entry)
  }
}
