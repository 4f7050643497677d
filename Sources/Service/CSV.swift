import Foundation

/// RFC 4180 CSV for register exports that go to spreadsheets: CRLF line ends, every field quoted
/// when needed, and cells a spreadsheet would run as a formula prefixed with `'` (OWASP CSV
/// injection), since the text comes from callers (issue 14, item 1).
///
/// Decisions are made per Unicode scalar, never per Swift `Character`: `"\r\n"` is one Character
/// that equals neither `"\r"` nor `"\n"`, and `=` followed by a combining mark is one Character
/// that is not `=`; both once slipped through. A field is quoted when it holds CR, LF, a quote,
/// `,` or `;` — both separators, whichever this document uses, because a Dutch Excel reads a comma
/// file with `;` and the other way round. A cell whose first scalar is `=`, `+`, `-`, `@`, tab or
/// CR gets the `'` prefix, with one exception: a plain decimal number with a leading minus
/// (`-12`, `-0.5`, ASCII digits only), which no spreadsheet runs as a formula.
enum CSV {
  /// The field separator: `,` (RFC 4180) or `;` (what Dutch spreadsheets expect).
  enum Separator: String, Sendable {
    /// `,`
    case comma = ","
    /// `;`
    case semicolon = ";"

    var scalar: Unicode.Scalar { self == .comma ? "," : ";" }
  }

  /// The document for `header` and `rows`.
  static func document(header: [String], rows: [[String]], separator: Separator = .comma) -> String {
    var out = line(header, separator: separator)
    for r in rows { out += line(r, separator: separator) }
    return out
  }

  /// The document a Dutch Excel opens correctly by double-click (issue 16 §2): a UTF-8 byte-order
  /// mark (without it Excel reads the bytes as Windows-1252 and garbles `ë`), `;` between fields
  /// (the list separator of the Dutch locale), CRLF, and dates as `dd-mm-jjjj`, moments as
  /// `dd-mm-jjjj uu:mm` in Amsterdam time (`SpreadsheetCell.dutchText`), which Excel reads as dates.
  /// Values are expected already in Dutch (`DutchLabels.rows`); formula neutralising is as always.
  static func dutchDocument(header: [String], rows: [[String]]) -> String {
    "\u{FEFF}" + document(header: header, rows: rows.map { $0.map { SpreadsheetCell.from($0).dutchText } }, separator: .semicolon)
  }

  /// One CSV line with its CRLF.
  static func line(_ fields: [String], separator: Separator = .comma) -> String {
    fields.map(cell).joined(separator: separator.rawValue) + "\r\n"
  }

  /// Scalars that make a spreadsheet read the cell as a formula when they come first.
  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
  /// Scalars that force quoting (both separators: see the type).
  private static let quoteTriggers: Set<Unicode.Scalar> = ["\r", "\n", "\"", ",", ";"]

  /// Scalars that may start a new cell for a reader that ignores quotes in mid-field (a comma
  /// file opened with `;`, or a line broken inside a field).
  private static let cellBreaks: Set<Unicode.Scalar> = [",", ";", "\r", "\n"]

  /// One field, guarded against formulas and quoted when needed (the same for either separator).
  /// Inside the field, a formula scalar right after `,`, `;`, CR or LF also gets the `'`: a
  /// spreadsheet that splits the file differently (Dutch Excel reads a comma file with `;`, and
  /// honours quotes only at the start of a cell) would otherwise start a cell there with a formula.
  static func cell(_ raw: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previous: Unicode.Scalar? = nil
    var quote = false
    for u in raw.unicodeScalars {
      if let p = previous {
        if cellBreaks.contains(p) && formulaStarts.contains(u) && u != "\t" && u != "\r" && u != "\n" {
          scalars.append("'")
        }
      } else if formulaStarts.contains(u) && !isNegativeNumber(raw) {
        scalars.append("'")
      }
      if quoteTriggers.contains(u) { quote = true }
      if u == "\"" { scalars.append("\"") }
      scalars.append(u)
      previous = u
    }
    let s = String(scalars)
    return quote ? "\"" + s + "\"" : s
  }

  /// True for `-` followed by ASCII digits with at most one `.` between digits: a number, never a
  /// formula (`+inf`, `-nan`, `-1+1` are not).
  static func isNegativeNumber(_ s: String) -> Bool {
    let u = Array(s.utf8)
    guard u.count >= 2, u[0] == UInt8(ascii: "-") else { return false }
    var digits = 0
    var dot = false
    for (k, b) in u.dropFirst().enumerated() {
      if b >= 0x30 && b <= 0x39 {
        digits += 1
      } else if b == UInt8(ascii: "."), !dot, k > 0, k < u.count - 2 {
        dot = true
      } else {
        return false
      }
    }
    return digits > 0
  }
}
