/// A day a deadline could not end on, and why: Reg. 1182/71 art. 3(4) moves a period ending on a
/// Saturday, Sunday or public holiday to the next working day.
public struct SkippedDay: Sendable, Hashable, CustomStringConvertible {
  /// The day skipped.
  public let date: CivilDate
  /// True on Saturday or Sunday.
  public let weekend: Bool
  /// The public holidays on that day (ATW art. 3), if any.
  public let holidays: [Holiday]

  /// A skipped day.
  public init(date: CivilDate, weekend: Bool, holidays: [Holiday]) {
    self.date = date
    self.weekend = weekend
    self.holidays = holidays
  }

  /// Plain reason, e.g. "2026-12-26 is a Saturday and Boxing Day (Tweede Kerstdag)".
  public var reason: String {
    var parts: [String] = []
    if weekend { parts.append("a \(date.weekdayName)") }
    parts += holidays.map(\.description)
    return "\(date) is " + parts.joined(separator: " and ")
  }

  /// The value as text, for logs and plain-words reasons.
  public var description: String { reason }
}
