import JSON
import Rules
import Wording

extension Complaints {
  /// What `complaints.correct` may change (AVG art. 16 on the register; the counsellor's dossier
  /// holds the parties' data and must be accurate, art. 5(1)(d)), and what not with why.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.dossier.string,
      allowed: [
        "complainant.name", "complainant.role", "accused.name", "accused.role", "description", "category", "school",
        "openedAt", "consent.givenBy", "consent.givenAt", "counsellor.name", "specialCategories", "closedAt",
      ],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
        "consent.explicit": Texts.Corrections.explicitConsent.string, "counsellor.isStaff": Texts.Corrections.counsellorIsStaff.string,
        "reports": Texts.Corrections.reports.string, "outcome": Texts.Corrections.outcome.string,
        "retainUntil": Texts.Corrections.derived.string, "retentionRule": Texts.Corrections.derived.string,
      ])
  }

  /// The members derived at closing (rules.md §8: closure + the retention years), recomputed.
  public static let derived = ["retainUntil", "retentionRule"]

  /// The dossier as `complaints.open` (and, once closed, `complaints.close`) would write it from the
  /// corrected facts: the same refusals (consent before the dossier, a reason per special
  /// category), no conversation report before the corrected opening, and for a closed dossier the
  /// corrected `closedAt` with `retainUntil` recomputed (`retentionYears`). Refusals name `fields.<path>`.
  public static func corrected(
    _ opening: ComplaintOpening, merged: JSONObject, closedAt: Instant?, retentionYears: Int, now: Instant, by actor: String
  ) throws(RegisterError) -> JSONObject {
    let fresh = try RecordCorrection.entry { () throws(RegisterError) in
      try open(opening, in: Register(kind: .complaints), now: now, by: actor).record
    }
    for report in merged["reports"]?.arrayValue ?? [] {
      if let at = report["at"]?.storedInstant, at < opening.openedAt {
        throw .invalid("fields.openedAt", Texts.Corrections.actBefore("complaints.addReport", on: Amsterdam.format(at), corrected: Amsterdam.format(opening.openedAt)).string)
      }
    }
    guard merged["status"]?.stringValue == ComplaintStatus.closed.rawValue else {
      if closedAt != nil { throw .invalid("fields.closedAt", Texts.Corrections.notClosed.string) }
      return fresh
    }
    guard let closedAt else { return fresh }
    var scratch = Register(kind: .complaints)
    let id = fresh["id"]?.stringValue ?? ""
    scratch.apply(RegisterEvent(seq: 1, at: Amsterdam.format(now), actor: actor, type: "\(name).opened", data: ["id": .string(id), "record": .object(fresh)]))
    return try RecordCorrection.entry { () throws(RegisterError) in
      try close(id: id, closedAt: closedAt, outcome: merged["outcome"]?.stringValue ?? "", retentionYears: retentionYears, in: scratch).record
    }
  }
}
