import Foundation

/// RFC 4180 CSV for register exports that go to spreadsheets: every field quoted when needed,
/// CRLF line ends, and cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
/// CR at the start) prefixed with `'` (OWASP CSV injection), since the text comes from callers.
enum CSV {
  /// The document for `header` and `rows`.
  static func document(header: [String], rows: [[String]]) -> String {
    var out = line(header)
    for r in rows { out += line(r) }
    return out
  }

  /// One CSV line with its CRLF.
  static func line(_ fields: [String]) -> String { fields.map(cell).joined(separator: ",") + "\r\n" }

  /// One field, guarded against formulas and quoted when needed.
  static func cell(_ raw: String) -> String {
    var s = raw
    if let first = s.first, "=+-@\t\r".contains(first), !isNumber(s) { s = "'" + s }
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// True for a plain number (a leading minus is then no formula).
  static func isNumber(_ s: String) -> Bool { Double(s) != nil }
}
