import Wording

extension CivilDate {
  /// Reads a date in the strict wire form `YYYY-MM-DD` (ISO 8601 calendar date, RFC 3339 full-date).
  ///
  /// Refuses anything else, never guessing: `2026-3-1`, `26-03-01`, `2026/03/01`, a time part,
  /// and dates that do not exist (`2026-02-30`, `2025-02-29`), each with a plain reason.
  public static func parse(_ text: String) throws(DateFormatError) -> CivilDate {
    let b = Array(text.utf8)
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
    else {
      throw DateFormatError(reason: Texts.Dates.notADate(text))
    }
    guard y >= 1 else { throw DateFormatError(reason: Texts.Dates.yearZero(text)) }
    guard (1...12).contains(m) else {
      throw DateFormatError(reason: Texts.Dates.noSuchMonth(text, m))
    }
    let last = daysIn(month: m, year: y)
    guard (1...last).contains(d) else {
      throw DateFormatError(reason: Texts.Dates.noSuchDay(text, month: Texts.Dates.months[m - 1], year: y, days: last))
    }
    return CivilDate(validYear: y, month: m, day: d)
  }

  /// The decimal value of `count` ASCII digits at `start`, or `nil` if any byte is not a digit.
  static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start + count <= bytes.count else { return nil }
    var value = 0
    for i in start..<(start + count) {
      let c = bytes[i]
      guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(c - UInt8(ascii: "0"))
    }
    return value
  }
}
