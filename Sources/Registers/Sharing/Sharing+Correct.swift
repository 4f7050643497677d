import JSON
import Rules
import Wording

extension Sharing {
  /// What `sharing.correct` may change (AVG art. 16 on the register; art. 15(1)(c): an access
  /// answer names the recipients from it, so they must be right), and what not with why.
  public static var correctable: CorrectableFields {
    CorrectableFields(
      Texts.Corrections.Noun.disclosure.string,
      allowed: ["recipient.name", "recipient.role", "purpose", "specificLaw", "dataCategories", "disclosedOn", "students"],
      refused: [
        "id": Texts.Corrections.id.string, "status": Texts.Corrections.status.string,
        "legalBasis": Texts.Corrections.legalBasis.string, "consentId": Texts.Corrections.legalBasis.string,
        "informed": Texts.Corrections.informed.string, "parentsInformedOn": Texts.Corrections.informed.string,
        "informedHow": Texts.Corrections.informed.string, "studentInformedOn": Texts.Corrections.informed.string,
        "parentsInformed": Texts.Corrections.derived.string, "informingDue": Texts.Corrections.derived.string,
        "consentIds": Texts.Corrections.derived.string, "assessmentId": Texts.Corrections.assessment.string,
      ])
  }

  /// The members `sharing.record` derives (ages on the date, the consents, who must still be told,
  /// decision 41), recomputed by a correction.
  public static let derived = [
    "students", "consentIds", "informed", "informingDue", "parentsInformed", "parentsInformedOn", "informedHow", "studentInformedOn",
  ]

  /// `students` as `sharing.record` reads them for a re-run of a stored disclosure: avgd keeps each
  /// student's age on the disclosure date, not the birth date, so a birth date giving that same
  /// age on that date stands in for it (only while the date is not corrected: a corrected date
  /// needs the real birth dates, -32602 on `fields.students`). Corrected students without a
  /// `consentId` keep the one stored for the same student.
  public static func studentsForRerun(_ r: RecordCorrection.Rerun) throws(RegisterError) -> JSONValue {
    let stored = r.before["students"]?.arrayValue ?? []
    guard r.corrected.contains("students") else {
      if r.corrected.contains("disclosedOn") { throw .invalid("fields.students", Texts.Corrections.birthDatesNeeded.string) }
      guard let on = r.before["disclosedOn"]?.storedDate else { return .array(stored) }
      return .array(stored.map { s in
        guard var o = s.objectValue, let age = o["ageOnDisclosure"]?.intValue else { return s }
        let birth = CivilDate(year: on.year - age, month: on.month, day: on.day) ?? CivilDate(year: on.year - age, month: on.month, day: 28)
        o["birthDate"] = birth.map { .string($0.description) } ?? .null
        return .object(o)
      })
    }
    let given = r.merged["students"]?.arrayValue ?? []
    return .array(given.map { s in
      guard var o = s.objectValue, o["consentId"] == nil, let id = o["id"]?.stringValue,
        let old = stored.first(where: { $0["id"]?.stringValue == id })?["consentId"]
      else { return s }
      o["consentId"] = old
      return .object(o)
    })
  }
}
