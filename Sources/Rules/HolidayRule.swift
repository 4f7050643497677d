/// How a holiday's date is found in a given year: one row of the holiday table.
///
/// The table (`DutchHolidays.table`) is data, so a royal decree adding a day (ATW art. 3(3)) is a
/// one-line change.
public enum HolidayRule: Sendable, Hashable {
  /// The same day every year, e.g. 5 May (Bevrijdingsdag).
  case fixed(month: Int, day: Int)
  /// A number of days after Easter Sunday (Gregorian computus), e.g. +1 for Easter Monday.
  case easterOffset(days: Int)
  /// A fixed day moved by `days` when it falls on a Sunday, e.g. King's Day: 27 April, or 26 April
  /// when the 27th is a Sunday (Wet vaststelling Koningsdag).
  case fixedMovedFromSunday(month: Int, day: Int, days: Int)

  /// The date of this rule in `year`.
  public func date(in year: Int) -> CivilDate {
    switch self {
    case .fixed(let month, let day):
      return CivilDate(validYear: year, month: month, day: day)
    case .easterOffset(let days):
      return Easter.sunday(in: year).adding(days: days)
    case .fixedMovedFromSunday(let month, let day, let days):
      let d = CivilDate(validYear: year, month: month, day: day)
      return d.weekday == 7 ? d.adding(days: days) : d
    }
  }
}
