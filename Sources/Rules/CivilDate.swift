import Wording

/// A calendar date without a time or zone (proleptic Gregorian), e.g. a birth date or a due date.
///
/// Law counts periods in days (Reg. 1182/71 art. 3) and ages in birthdays (BW 1:233), so the
/// rules work on dates; an instant is first turned into its Europe/Amsterdam date (`Amsterdam`).
/// Years 1...9999 can be created; arithmetic is exact integer day counting.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, 1...9999.
  public let year: Int
  /// The month, 1...12.
  public let month: Int
  /// The day of the month, 1...28/29/30/31.
  public let day: Int

  /// A date, or `nil` when it does not exist (e.g. 30 February, month 13, year 0).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Builds a date already known to be valid.
  init(validYear year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date that is `days` days after 1970-01-01 (negative: before).
  public init(daysSinceEpoch days: Int) {
    let (y, m, d) = CivilDate.civil(fromDays: days)
    self.init(validYear: y, month: m, day: d)
  }

  /// Days since 1970-01-01 (negative before it); the basis of all date arithmetic.
  public var daysSinceEpoch: Int { CivilDate.days(year: year, month: month, day: day) }

  /// `YYYY-MM-DD`, the only form used on the wire.
  public var description: String {
    guard (0...9999).contains(year) else {
      return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
    }
    var out: [UInt8] = []
    out.reserveCapacity(10)
    appendText(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `YYYY-MM-DD` (years 0–9999) as bytes: dates and instants are formatted on every
  /// write, so without building intermediate strings.
  func appendText(to out: inout [UInt8]) {
    CivilDate.appendPadded(year, 4, to: &out)
    out.append(UInt8(ascii: "-"))
    CivilDate.appendPadded(month, 2, to: &out)
    out.append(UInt8(ascii: "-"))
    CivilDate.appendPadded(day, 2, to: &out)
  }

  /// ISO 8601 weekday: 1 = Monday ... 6 = Saturday, 7 = Sunday (1182/71 art. 3(4) skips 6 and 7).
  public var weekday: Int {
    let r = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (4)
    return (r < 0 ? r + 7 : r) + 1
  }

  /// True on Saturday and Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// The name of the weekday in both languages ("zaterdag" / "Saturday"), for plain-words reasons.
  public var weekdayText: Text { Texts.Dates.weekdays[weekday - 1] }

  /// The name of the weekday in the call's language (`Language.current`).
  public var weekdayName: String { weekdayText.string }

  /// True when this date's year is a Gregorian leap year.
  public var isLeapYear: Bool { CivilDate.isLeapYear(year) }

  /// True for Gregorian leap years: divisible by 4, except centuries not divisible by 400.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year (February 29 in leap years).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

  /// The same day `months` months later, or that month's last day when it has no such day.
  ///
  /// Reg. 1182/71 art. 3(2)(c): a period in months ends on the day "with the same date", or, if
  /// that date does not exist, on the last day of that month (31 January + 1 month = 28/29 Feb).
  public func addingMonthsClamped(_ months: Int) -> CivilDate {
    let index = year * 12 + (month - 1) + months
    let y = index >= 0 ? index / 12 : (index - 11) / 12
    let m = index - y * 12 + 1
    return CivilDate(validYear: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
  }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  /// Chronological order.
  public static func < (a: CivilDate, b: CivilDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  // MARK: Day counting (H. Hinnant's days_from_civil / civil_from_days).

  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// Appends `value` (0 up to 10^18) in decimal, zero-padded to at least `width` digits.
  static func appendPadded(_ value: Int, _ width: Int, to out: inout [UInt8]) {
    var digits = 1, power = 1
    while digits < 18 && power * 10 <= value {
      power *= 10
      digits += 1
    }
    for _ in digits..<Swift.max(width, digits) { out.append(UInt8(ascii: "0")) }
    var v = value
    while power > 0 {
      out.append(UInt8(ascii: "0") + UInt8(v / power))
      v %= power
      power /= 10
    }
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}
