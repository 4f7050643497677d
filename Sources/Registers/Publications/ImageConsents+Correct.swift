import JSON
import Rules
import Wording

extension ImageConsents {
  /// What `imageConsents.correct` may change (AVG art. 16 on the register; art. 7(1): the school
  /// must show the consent as given), and what not with why.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.imageConsent.string,
      allowed: ["student.id", "student.birthDate", "givenBy.relationship", "givenBy.name", "channel", "givenOn", "validFrom", "school"],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
        "withdrawal": Texts.Corrections.imageWithdrawal.string, "suspension": Texts.Corrections.imageWithdrawal.string,
        "channelLabel": Texts.Corrections.derived.string, "validUntil": Texts.Corrections.derived.string,
        "renewalDate": Texts.Corrections.derived.string, "ageOnGiving": Texts.Corrections.derived.string,
        "holderBasis": Texts.Corrections.derived.string, "studentTakesOverOn": Texts.Corrections.derived.string,
      ])
  }

  /// The members `publications.consent` derives (the school year it holds for, D16; the holder on
  /// the day, UAVG art. 5), recomputed by a correction. `validFrom` is among them: it defaults to
  /// `givenOn` and follows a corrected `givenOn` when it was that default.
  public static let derived = [
    "channelLabel", "validFrom", "validUntil", "renewalDate", "ageOnGiving", "holderBasis", "studentTakesOverOn",
  ]

  /// The stored record as `publications.consent`'s params (`channels` of its one channel; a
  /// defaulted `validFrom` left out when `givenOn` is corrected, so the default follows).
  public static func entryParams(_ r: RecordCorrection.Rerun) -> JSONObject {
    var m = r.merged
    m["channels"] = m["channel"].map { .array([$0]) } ?? .null
    if r.corrected.contains("givenOn"), !r.corrected.contains("validFrom"), r.before["validFrom"] == r.before["givenOn"] {
      m["validFrom"] = nil
    }
    return m
  }

  /// A withdrawal or suspension already recorded may not fall before a corrected `givenOn`.
  public static func checkCorrected(_ fresh: JSONObject, before: JSONObject) throws(RegisterError) {
    guard let given = fresh["givenOn"]?.storedDate else { return }
    for act in ["withdrawal", "suspension"] {
      if let on = before[act]?["on"]?.storedDate, on < given {
        throw .invalid("fields.givenOn", Texts.Corrections.actBefore(act, on: on.description, corrected: given.description).string)
      }
    }
  }
}
