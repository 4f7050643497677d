import JSON
import Rules
import Wording

/// The student's consent that lets a parent receive the results of a student of 18 or more
/// (settled decision 6: from 18 "parents only with the student's recorded consent"; AVG art. 6(1)(a)
/// and 7). `requests.decide` looks it up in the consents register under the same lock as the write,
/// so a withdrawal cannot slip in between (as `sharing.record` does).
///
/// A consent counts when it is for this student, given by the student (or, for an adult under
/// curatele or mentorschap, the curator: UAVG art. 5(2)), covers the data category `results`
/// (Dutch: `resultaten`; consent is specific, art. 4(11)), was given on or before the decision
/// date and not withdrawn on or before it (art. 7(3)).
public enum StudentConsent {
  /// The data categories that name results in a consent's scope.
  public static let categories: Set<String> = ["results", "resultaten"]

  /// The consent named by `id`, checked, or the latest one that counts when `id` is nil (nil:
  /// none). A named consent that does not count is an error naming `consentId`: 1001 unknown,
  /// -32602 given to another school than the request's `school` (issue 18 §1: the student let
  /// that school's results go to the parents; both without a school is the board), 1003 another
  /// student's or not the student's own, 1006 not valid on `on` or not covering results. Looked
  /// up, only consents of the request's school count.
  public static func find(
    _ id: String?, studentID: String, school: String? = nil, on: CivilDate, in consents: Register
  ) throws(RegisterError) -> ConsentRecord? {
    if let id {
      guard let json = consents[id] else { throw .notFound(register: Consents.name, id: id) }
      let c = ConsentRecord(json)
      guard c.school == school else {
        throw .invalid("consentId", Texts.Sharing.requestConsentOtherSchool(c.id, consent: c.school, request: school).string)
      }
      if let problem = problem(c, studentID: studentID, on: on) { throw problem }
      return c
    }
    return consents.all { $0["student"]?["id"]?.stringValue == studentID && $0["school"]?.stringValue == school }
      .map(ConsentRecord.init)
      .filter { problem($0, studentID: studentID, on: on) == nil }
      .max { ($0.givenOn?.daysSinceEpoch ?? 0, $0.id) < ($1.givenOn?.daysSinceEpoch ?? 0, $1.id) }
  }

  /// Why `c` does not let a parent have the results on `on`, or nil when it does.
  static func problem(_ c: ConsentRecord, studentID: String, on: CivilDate) -> RegisterError? {
    guard c.studentID == studentID else {
      return .notEntitled(field: "consentId", reason: Texts.Requests.consentOfOtherStudent(c.id, student: c.studentID, not: studentID).string)
    }
    guard c.givenBy == .student || c.givenBy == .curator else {
      return .notEntitled(field: "consentId", reason: Texts.Requests.consentNotStudents(c.id, givenBy: c.givenBy?.rawValue).string)
    }
    guard c.scope.contains(where: { categories.contains(ConsentRecord.normal($0)) }) else {
      return .conflict(field: "consentId", reason: Texts.Requests.consentNotForResults(c.id, scope: c.scope.joined(separator: ", ")).string)
    }
    if let given = c.givenOn, on < given {
      return .conflict(field: "consentId", reason: Texts.Requests.consentGivenLater(c.id, givenOn: given.description, decidedOn: on.description).string)
    }
    if let withdrawn = c.withdrawnOn, on >= withdrawn {
      return .conflict(field: "consentId", reason: Texts.Requests.consentWithdrawn(c.id, on: withdrawn.description, decidedOn: on.description).string)
    }
    return nil
  }

  /// The consent as recorded with the decision it made possible.
  static func json(_ c: ConsentRecord) -> JSONValue {
    [
      "id": .string(c.id), "givenBy": .optional(c.givenBy?.rawValue), "givenOn": .optional(c.givenOn?.description),
      "scope": .array(c.scope.map(JSONValue.string)), "purpose": .string(c.purpose),
    ]
  }
}
