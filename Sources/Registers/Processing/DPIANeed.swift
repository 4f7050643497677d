/// Whether an activity needs a DPIA (duties.md D5): required with two or more WP248 criteria or
/// a type on the AP's list (Stcrt. 2019, 64418; art. 35(4)); advised with exactly one.
public enum DPIANeed: String, Sendable, CaseIterable {
  /// A DPIA must be carried out before processing (art. 35(1)).
  case required
  /// One criterion: consider a DPIA and record why not.
  case advised
  /// No criterion.
  case notRequired

  /// The need for `criteria` and the AP-list types flagged.
  public static func of(criteria: Int, apListTypes: Int) -> DPIANeed {
    if apListTypes > 0 || criteria >= 2 { return .required }
    return criteria == 1 ? .advised : .notRequired
  }
}
