/// Who holds a right over the student's data unconditionally on a given date.
///
/// `parents` means the legal representatives for the AVG rights (parents with authority and
/// guardians, BW 1:245(4)) and the school laws' "ouders" for results (WPO art. 1).
public enum Holder: String, Sendable, Hashable, CaseIterable {
  /// The parents (legal representatives / "ouders").
  case parents
  /// The student personally.
  case student
}
