import Rules

/// Whom the school told about a disclosure it made without consent (rules.md §0: no sharing
/// "zonder toestemming, of informeren van ouders"; decision 41). Who must be told follows who holds
/// the student's AVG rights (decision 42; UAVG art. 5(1)): the legal representatives while the
/// student is under 16, the student from 16.
public enum InformedParty: String, Sendable, CaseIterable {
  /// The parents with authority or the guardian (for a 16- or 17-year-old: the parents as well).
  case legalRepresentatives
  /// The student.
  case student

  /// Who must be told for a student of `age` on the disclosure date.
  public static func required(age: Int) -> InformedParty { age < 16 ? .legalRepresentatives : .student }
}

/// One act of informing: whom, when and how (rules.md §5 register fields `parents_informed_at +
/// method`, `student_informed_at`).
public struct Informing: Sendable, Equatable {
  /// Who was told.
  public var whom: InformedParty
  /// When.
  public var on: CivilDate
  /// How (letter, portal message, copy of the report, conversation, ...).
  public var how: String

  /// An informing.
  public init(whom: InformedParty, on: CivilDate, how: String) {
    self.whom = whom
    self.on = on
    self.how = how
  }
}
