/// Who holds one right on the evaluated date, why, and for which period.
public struct RightEntry: Sendable, Hashable {
  /// The right.
  public let right: Right
  /// Who holds it unconditionally (parents and/or student).
  public let holders: [Holder]
  /// Law, article and a plain sentence.
  public let basis: LegalBasis
  /// The first day this arrangement applies (a 16th or 18th birthday), or `nil` when it has
  /// applied since birth.
  public let since: CivilDate?
  /// The day this arrangement ends, exclusive: the birthday on which the holders change; `nil`
  /// when it does not end.
  public let until: CivilDate?
  /// True for results from 18: parents receive them only with the student's recorded consent
  /// (rules.md §1.1 recommendation, decision 6). Kept apart from `holders` on purpose.
  public let parentsWithStudentConsent: Bool

  /// An entry.
  public init(
    right: Right, holders: [Holder], basis: LegalBasis, since: CivilDate?, until: CivilDate?,
    parentsWithStudentConsent: Bool = false
  ) {
    self.right = right
    self.holders = holders
    self.basis = basis
    self.since = since
    self.until = until
    self.parentsWithStudentConsent = parentsWithStudentConsent
  }
}
