import Rules

/// What `publications.consent` records: one consent form, a yes per channel (duties.md §5.2: the
/// forms schools use ask yes or no per channel; consent must be specific, AVG art. 4(11)).
public struct ImageConsentInput: Sendable {
  /// The student's id in the school's administration.
  public var studentID: String
  /// The birth date: decides who holds consent on `givenOn` (UAVG art. 5; decision 42).
  public var birthDate: CivilDate
  /// In which capacity it was given.
  public var relationship: ConsentGiver
  /// Who gave it (the form must be demonstrable, art. 7(1)).
  public var giverName: String
  /// The channels answered "yes"; one record each.
  public var channels: [PublicationChannel]
  /// When it was given.
  public var givenOn: CivilDate
  /// From when it holds (default `givenOn`; the start of the coming school year when asked at enrolment).
  public var validFrom: CivilDate?
  /// The school whose form it is (issue 18): it clears only that school's publications (consent is
  /// specific, AVG art. 4(11)); nil: the board's own, board-level.
  public var school: String?

  /// An input.
  public init(
    studentID: String, birthDate: CivilDate, relationship: ConsentGiver, giverName: String,
    channels: [PublicationChannel], givenOn: CivilDate, validFrom: CivilDate? = nil, school: String? = nil
  ) {
    self.studentID = studentID
    self.birthDate = birthDate
    self.relationship = relationship
    self.giverName = giverName
    self.channels = channels
    self.givenOn = givenOn
    self.validFrom = validFrom
    self.school = school
  }
}
