/// Where a retention period comes from (duties.md §1.4, D3, D4): the AVG sets no periods, so the
/// register says whether a law, a sector guideline or the board decided.
public enum RetentionSource: String, Sendable, CaseIterable {
  /// A law sets it (Besluit bekostiging WPO art. 6, fiscal law).
  case law
  /// A sector guideline (Kennisnet Bewaartermijnenoverzicht).
  case sectorGuideline
  /// The board's own policy.
  case boardPolicy
  /// Archiefwet items kept per the selectielijst: never deleted automatically (D4).
  case perSelectielijst
}
