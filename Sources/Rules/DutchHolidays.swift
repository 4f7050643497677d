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
    /// English name.
    public let nameEnglish: String
    /// Dutch name, as in the ATW.
    public let nameDutch: String
    /// How the date is found.
    public let rule: HolidayRule
  }

  /// ATW art. 3(1) plus Good Friday (art. 3(2)); add a row here when a decree adds a day.
  public static let table: [Entry] = [
    Entry(key: "newYearsDay", nameEnglish: "New Year's Day", nameDutch: "Nieuwjaarsdag", rule: .fixed(month: 1, day: 1)),
    Entry(key: "goodFriday", nameEnglish: "Good Friday", nameDutch: "Goede Vrijdag", rule: .easterOffset(days: -2)),
    Entry(key: "easterMonday", nameEnglish: "Easter Monday", nameDutch: "Tweede Paasdag", rule: .easterOffset(days: 1)),
    Entry(key: "kingsDay", nameEnglish: "King's Day", nameDutch: "Koningsdag", rule: .fixedMovedFromSunday(month: 4, day: 27, days: -1)),
    Entry(key: "liberationDay", nameEnglish: "Liberation Day", nameDutch: "Bevrijdingsdag", rule: .fixed(month: 5, day: 5)),
    Entry(key: "ascensionDay", nameEnglish: "Ascension Day", nameDutch: "Hemelvaartsdag", rule: .easterOffset(days: 39)),
    Entry(key: "whitMonday", nameEnglish: "Whit Monday", nameDutch: "Tweede Pinksterdag", rule: .easterOffset(days: 50)),
    Entry(key: "christmasDay", nameEnglish: "Christmas Day", nameDutch: "Eerste Kerstdag", rule: .fixed(month: 12, day: 25)),
    Entry(key: "boxingDay", nameEnglish: "Boxing Day", nameDutch: "Tweede Kerstdag", rule: .fixed(month: 12, day: 26)),
  ]

  /// The holidays of `year`, in date order (two may share a date, e.g. Ascension on 5 May 2016).
  /// Throws for years outside 1900–2200 (field `year`).
  public static func holidays(in year: Int) throws(RuleError) -> [Holiday] {
    guard supportedYears.contains(year) else {
      throw RuleError(
        field: "year",
        reason: "year \(year) is outside the supported range 1900–2200 for Dutch public holidays")
    }
    return byYear[year - supportedYears.lowerBound]
  }

  /// Every supported year's holidays from `table`, worked out once on first use: deadlines ask
  /// for them on every request opened, and the rules never change while avgd runs.
  private static let byYear: [[Holiday]] = supportedYears.map { year in
    table.map {
      Holiday(date: $0.rule.date(in: year), key: $0.key, nameEnglish: $0.nameEnglish, nameDutch: $0.nameDutch)
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
