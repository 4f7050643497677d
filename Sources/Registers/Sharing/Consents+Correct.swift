import JSON
import Wording

extension Consents {
  /// What `consents.correct` may change (AVG art. 16 on the register): the facts the school typed
  /// in from the consent form, and what not with why. Computed per call, so the reasons follow the
  /// call's language.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.consent.string,
      allowed: ["student.id", "student.birthDate", "givenBy.relationship", "givenBy.name", "scope", "purpose", "givenOn"],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
        "withdrawal": Texts.Corrections.consentWithdrawal.string,
        "ageOnGiving": Texts.Corrections.derived.string, "holderBasis": Texts.Corrections.derived.string,
        "studentTakesOverOn": Texts.Corrections.derived.string,
      ])
  }

  /// The members `consents.record` derives from the facts (the holder on the day, UAVG art. 5),
  /// recomputed by a correction.
  public static let derived = ["ageOnGiving", "holderBasis", "studentTakesOverOn"]

  /// A withdrawal already recorded may not fall before a corrected `givenOn` (-32602 on
  /// `fields.givenOn`): nothing can be withdrawn before it was given.
  public static func checkCorrected(_ record: JSONObject) throws(RegisterError) {
    let r = ConsentRecord(record)
    if let given = r.givenOn, let withdrawn = r.withdrawnOn, withdrawn < given {
      throw .invalid("fields.givenOn", Texts.Corrections.actBefore("withdrawal", on: withdrawn.description, corrected: given.description).string)
    }
  }
}
