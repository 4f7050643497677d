import Rules

/// One cell of an exported register as a spreadsheet should hold it: a date is a date (Excel can
/// sort and filter it), a moment is Amsterdam wall time (the school's calendar, as the AVG
/// deadlines count it), anything else is text. Text is never a formula in an xlsx file (it is
/// written as an inline string), so a cell that starts with `=` cannot run (issue 14 item 1).
public enum SpreadsheetCell: Sendable, Equatable {
  /// No value.
  case empty
  /// Text, shown as written.
  case text(String)
  /// A calendar date.
  case date(CivilDate)
  /// A moment as Amsterdam wall time (date, hour, minute).
  case moment(CivilDate, hour: Int, minute: Int)

  /// The cell for a register export's value: `YYYY-MM-DD` is a date, an RFC 3339 instant is its
  /// Amsterdam wall time, the empty string is empty, and everything else stays text (numbers
  /// included: a phone number or an id with leading zeros must not lose them).
  static func from(_ value: String) -> SpreadsheetCell {
    if value.isEmpty { return .empty }
    let u = value.utf8
    if u.count == 10, let d = try? CivilDate.parse(value) { return .date(d) }  // not a date: stays text
    // Not an instant: stays text, as written.
    if u.count >= 20, u.count <= 35, Array(u)[10] == UInt8(ascii: "T"), let i = try? Instant.parse(value) {  // else text
      return moment(i)
    }
    return .text(value)
  }

  /// The Amsterdam wall time of `instant`.
  static func moment(_ instant: Instant) -> SpreadsheetCell {
    let local = instant.secondsSinceEpoch + Int64(Amsterdam.utcOffsetSeconds(at: instant))
    let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
    return .moment(Amsterdam.date(of: instant), hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60)
  }

  /// The spreadsheet serial number of a date or moment: days since 1899-12-30 (the epoch Excel,
  /// LibreOffice and the OOXML standard's 1900 date system use for every date after 1900-02-28),
  /// the time of day as a fraction. Nil for text.
  var serial: String? {
    switch self {
    case .date(let d): return String(d.daysSinceEpoch + 25_569)
    case .moment(let d, let h, let m):
      // The fraction minutes/1440 to ten decimals (rounded), in integers: exact to the minute
      // when a reader rounds back.
      let scaled = String(((h * 60 + m) * 10_000_000_000 + 720) / 1440)
      return String(d.daysSinceEpoch + 25_569) + "." + String(repeating: "0", count: max(0, 10 - scaled.count)) + scaled
    case .empty, .text: return nil
    }
  }

  /// The text a Dutch reader expects for this cell in a CSV (`dd-mm-jjjj`, `dd-mm-jjjj uu:mm`),
  /// which Dutch Excel reads back as a date (issue 16: files that open in Excel).
  var dutchText: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    switch self {
    case .empty: return ""
    case .text(let s): return s
    case .date(let d): return "\(two(d.day))-\(two(d.month))-\(d.year)"
    case .moment(let d, let h, let m): return "\(two(d.day))-\(two(d.month))-\(d.year) \(two(h)):\(two(m))"
    }
  }
}
