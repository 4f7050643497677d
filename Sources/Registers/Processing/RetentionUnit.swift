/// The unit of a retention period (duties.md D3).
public enum RetentionUnit: String, Sendable, CaseIterable {
  /// Days.
  case days
  /// Weeks.
  case weeks
  /// Months.
  case months
  /// Years.
  case years

  /// The unit in Dutch for `count` (singular or plural).
  public func dutch(_ count: Int) -> String {
    switch self {
    case .days: return count == 1 ? "dag" : "dagen"
    case .weeks: return count == 1 ? "week" : "weken"
    case .months: return count == 1 ? "maand" : "maanden"
    case .years: return "jaar"
    }
  }
}
