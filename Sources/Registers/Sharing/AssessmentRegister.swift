import JSON
import Rules
import Wording

/// The register of assessments before a disclosure (`sharing.assess`): each assessment is kept,
/// with its steps and outcome, so `sharing.record` can refer to it and the school can show why a
/// disclosure was made or refused (AVG art. 5(2)). An assessment is a fact of its day: recorded
/// once, never changed; a new plan is a new assessment. The register's definition is here only
/// (name, id prefix), one line in the register catalog.
public enum SharingAssessments {
  /// The register's name (and event-type prefix).
  public static let name = "sharingAssessments"
  /// The id prefix: `T-2026-0001` (T for toets).
  public static let idPrefix = "T"

  /// Assesses a planned disclosure on `now`'s Amsterdam date and records the assessment.
  public static func assess(
    _ input: AssessmentInput, in register: Register, consents: Register, now: Instant, by actor: String,
    convention: LeapDayConvention = .default
  ) throws(RegisterError) -> RegisterChange {
    guard !input.students.isEmpty else { throw .invalid("students", Texts.Sharing.nameStudent.string) }
    guard !input.dataCategories.isEmpty else { throw .invalid("dataCategories", Texts.Sharing.nameDataCategory.string) }
    let today = Amsterdam.date(of: now)
    let c = try AssessmentContext(input, consents: consents, today: today, convention: convention)
    var steps = [AssessmentSteps.purpose(c), AssessmentSteps.basis(c), AssessmentSteps.special(c), AssessmentStepsLater.necessity(c)]
    steps.append(AssessmentStepsLater.informing(c))
    steps.append(AssessmentStepsLater.recording(c, earlier: steps))
    let outcome = steps.map(\.outcome).max() ?? .passed
    let id = register.nextID(year: today.year)
    var record: JSONObject = [
      "id": .string(id), "status": "assessed", "outcome": .string(outcome.rawValue),
      "recipient": ["name": .string(input.recipientName), "role": .string(input.recipientRole.rawValue)],
      "purpose": .string(input.purpose), "dataCategories": .array(input.dataCategories.map(JSONValue.string)),
      "students": .array(zip(input.students, c.ages).map { s, age in ["id": .string(s.id), "ageOnAssessment": .int(age)] }),
    ]
    if let b = input.legalBasis { record["legalBasis"] = .string(b) }
    if let law = c.law { record["specificLaw"] = .string(law) }
    if let e = input.art9Exception { record["art9Exception"] = .string(e) }
    if c.meldcode { record["route"] = "meldcode" }
    if let school = input.school { record["school"] = .string(school) }
    record["steps"] = .array(steps.map(\.json))
    record["assessedOn"] = .string(today.description)
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    return RegisterChange(
      type: "\(name).assessed", id: id, record: record,
      change: ["recipient": .string(input.recipientName), "outcome": .string(outcome.rawValue), "students": .int(input.students.count)])
  }

  /// The check `sharing.record` makes on `assessmentID`: it exists (1001), did not say stop (1006),
  /// and is about this school (the same one, or both board-level), recipient, purpose, basis and
  /// these students (-32602 otherwise): one school's assessment does not carry another's disclosure.
  public static func check(_ assessmentID: String, for input: DisclosureInput, in register: Register) throws(RegisterError) {
    guard let a = register[assessmentID] else { throw .notFound(register: name, id: assessmentID) }
    if a["outcome"]?.stringValue == AssessmentOutcome.stop.rawValue {
      let stops = (a["steps"]?.arrayValue ?? []).filter { $0["outcome"]?.stringValue == "stop" && $0["step"]?.intValue != 6 }
      let why = stops.compactMap { $0["reason"]?.stringValue }.joined(separator: " ")
      throw .conflict(field: "assessmentId", reason: Texts.Sharing.assessmentSaidStop(assessmentID, why: why).string)
    }
    let school = a["school"]?.stringValue
    guard school == input.school else {
      throw .invalid("assessmentId", Texts.Sharing.assessedOtherSchool(assessmentID, assessed: school, given: input.school).string)
    }
    let recipient = a["recipient"]?["name"]?.stringValue ?? ""
    guard ConsentRecord.same(recipient, input.recipientName) else {
      throw .invalid("assessmentId", Texts.Sharing.assessedOtherRecipient(assessmentID, assessed: recipient, given: input.recipientName).string)
    }
    let purpose = a["purpose"]?.stringValue ?? ""
    guard ConsentRecord.same(purpose, input.purpose) else {
      throw .invalid("assessmentId", Texts.Sharing.assessedOtherPurpose(assessmentID, assessed: purpose, given: input.purpose).string)
    }
    if let basis = a["legalBasis"]?.stringValue, basis != input.legalBasis.rawValue {
      throw .invalid("assessmentId", Texts.Sharing.assessedOtherBasis(assessmentID, assessed: basis, given: input.legalBasis.rawValue).string)
    }
    let assessed = Set((a["students"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
    if let s = input.students.first(where: { !assessed.contains($0.id) }) {
      throw .invalid("assessmentId", Texts.Sharing.notAssessedStudent(assessmentID, student: s.id).string)
    }
  }

  /// `change` (a disclosure) with `assessmentId` recorded on it, so the register links the two.
  public static func linked(_ change: RegisterChange, assessmentID: String?) -> RegisterChange {
    guard let assessmentID else { return change }
    var record = change.record
    var details = change.change
    record["assessmentId"] = .string(assessmentID)
    details["assessmentId"] = .string(assessmentID)
    return RegisterChange(type: change.type, id: change.id, record: record, change: details)
  }
}
