import Wording

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

  /// The unit for `count` (singular or plural).
  public func text(_ count: Int) -> Text {
    switch self {
    case .days: Texts.Processing.days(count)
    case .weeks: Texts.Processing.weeks(count)
    case .months: Texts.Processing.months(count)
    case .years: Texts.Processing.years(count)
    }
  }

  /// The unit in Dutch for `count` (the Dutch privacy statement).
  public func dutch(_ count: Int) -> String { text(count).nl }
}
