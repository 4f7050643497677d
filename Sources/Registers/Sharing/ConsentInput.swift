import Rules

/// What `consents.record` records (rules.md §5 "consent_ref"): whose consent, given by whom in
/// which capacity, for which purpose and data, on which date (AVG art. 7(1): the school must be
/// able to show it).
public struct ConsentInput: Sendable {
  /// The student's id in the school's administration.
  public var studentID: String
  /// The student's birth date: decides who holds consent on `givenOn` (UAVG art. 5).
  public var birthDate: CivilDate
  /// In which capacity it was given.
  public var relationship: ConsentGiver
  /// The name of who gave it.
  public var giverName: String
  /// The data categories covered (`photo`, `name`, ...): consent is specific (art. 4(11)).
  public var scope: [String]
  /// The purpose (art. 6(1)(a): one or more specific purposes).
  public var purpose: String
  /// When it was given.
  public var givenOn: CivilDate
  /// The school the consent was given to (issue 18 §1), nil for the whole board: only that
  /// school's disclosures may rest on it.
  public var school: String? = nil

  /// An input.
  public init(
    studentID: String, birthDate: CivilDate, relationship: ConsentGiver, giverName: String, scope: [String],
    purpose: String, givenOn: CivilDate, school: String? = nil
  ) {
    self.studentID = studentID
    self.birthDate = birthDate
    self.relationship = relationship
    self.giverName = giverName
    self.scope = scope
    self.purpose = purpose
    self.givenOn = givenOn
    self.school = school
  }
}
