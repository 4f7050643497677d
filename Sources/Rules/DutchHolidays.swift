import Wording

/// The Dutch public holidays that stop a deadline (Algemene termijnenwet art. 3, applied to AVG
/// deadlines through Reg. 1182/71 art. 2(1) and 3(4)).
///
/// The list is kept as data in `table`. avgd applies today's list to every year 1900–2200: King's
/// Day (27 April, or the 26th when the 27th is a Sunday) was Queen's Day on other dates before
/// 2014, and 5 May was not always a yearly holiday; this is a deliberate simplification, since
/// the service computes present-day deadlines. Years outside 1900–2200 are refused.
public enum DutchHolidays {
  /// The years avgd has holidays for.
  public static let supportedYears = 1900...2200

  /// One row of the holiday table: a key, names, and the rule that dates it.
  public struct Entry: Sendable, Hashable {
    /// Stable key, e.g. `goodFriday`.
    public let key: String
    /// The rule that dates it.
    public let rule: HolidayRule
    /// The name in Dutch (as in the ATW) and English, from the catalogue.
    public var name: Text { Texts.Dates.holidays[key] ?? Texts.Rules.citation(key) }
    /// English name.
    public var nameEnglish: String { name.en }
    /// Dutch name, as in the ATW.
    public var nameDutch: String { name.nl }
  }

  /// ATW art. 3(1) plus Good Friday (art. 3(2)); add a row here (and its name to
  /// `Texts.Dates.holidays`) when a decree adds a day.
  public static let table: [Entry] = [
    Entry(key: "newYearsDay", rule: .fixed(month: 1, day: 1)),
    Entry(key: "goodFriday", rule: .easterOffset(days: -2)),
    Entry(key: "easterMonday", rule: .easterOffset(days: 1)),
    Entry(key: "kingsDay", rule: .fixedMovedFromSunday(month: 4, day: 27, days: -1)),
    Entry(key: "liberationDay", rule: .fixed(month: 5, day: 5)),
    Entry(key: "ascensionDay", rule: .easterOffset(days: 39)),
    Entry(key: "whitMonday", rule: .easterOffset(days: 50)),
    Entry(key: "christmasDay", rule: .fixed(month: 12, day: 25)),
    Entry(key: "boxingDay", rule: .fixed(month: 12, day: 26)),
  ]

  /// The holidays of `year`, in date order (two may share a date, e.g. Ascension on 5 May 2016).
  /// Throws for years outside 1900–2200 (field `year`).
  public static func holidays(in year: Int) throws(RuleError) -> [Holiday] {
    guard supportedYears.contains(year) else {
      throw RuleError(field: "year", reason: Texts.Dates.holidayYearOutside(year))
    }
    return byYear[year - supportedYears.lowerBound]
  }

  /// Every supported year's holidays from `table`, worked out once on first use: deadlines ask
  /// for them on every request opened, and the rules never change while avgd runs.
  private static let byYear: [[Holiday]] = supportedYears.map { year in
    table.map {
      Holiday(date: $0.rule.date(in: year), key: $0.key, name: $0.name)
    }.sorted { ($0.date, $0.key) < ($1.date, $1.key) }
  }

  /// The holidays falling on `date` (empty on an ordinary day).
  public static func holidays(on date: CivilDate) throws(RuleError) -> [Holiday] {
    let all = try holidays(in: date.year)
    return all.filter { $0.date == date }
  }

  /// True when `date` is an ATW public holiday.
  public static func isHoliday(_ date: CivilDate) throws(RuleError) -> Bool {
    let hs = try holidays(on: date)
    return !hs.isEmpty
  }

  /// True on Monday–Friday that are not public holidays (Reg. 1182/71 art. 2(2), 3(4)).
  public static func isWorkingDay(_ date: CivilDate) throws(RuleError) -> Bool {
    if date.isWeekend { return false }
    return try !isHoliday(date)
  }

  /// `date` itself when it is a working day, else the first working day after it.
  public static func nextWorkingDay(onOrAfter date: CivilDate) throws(RuleError) -> CivilDate {
    try rollForward(date).date
  }

  /// The first working day on or after `date` and every day skipped on the way, with why
  /// (e.g. Saturday 26 December 2026: Saturday; Boxing Day).
  public static func rollForward(_ date: CivilDate) throws(RuleError) -> (date: CivilDate, skipped: [SkippedDay]) {
    var d = date
    var skipped: [SkippedDay] = []
    while true {
      let hs = try holidays(on: d)
      if !d.isWeekend && hs.isEmpty { return (d, skipped) }
      skipped.append(SkippedDay(date: d, weekend: d.isWeekend, holidays: hs))
      d = d.adding(days: 1)
    }
  }
}
