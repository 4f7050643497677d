import Wording

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

  /// Plain reason in both languages, e.g. "2026-12-26 is a Saturday and Boxing Day (Tweede
  /// Kerstdag)" / "2026-12-26 is een zaterdag en Tweede Kerstdag".
  public var reasonText: Text {
    var parts: [Text] = []
    if weekend { parts.append(Texts.Dates.aWeekday(date.weekdayText)) }
    parts += holidays.map(\.reasonText)
    return Texts.Dates.skipped(date.description, parts)
  }

  /// Plain reason in the call's language (`Language.current`).
  public var reason: String { reasonText.string }

  /// The value as text, for logs and plain-words reasons.
  public var description: String { reason }
}
