import Foundation
import JSON
import JSONRPC
@testable import Service
import Testing

/// CSV injection (issue 14, item 1): quoting and the formula prefix decided per Unicode scalar, for
/// both separators, and an export an independent reader (Python's csv module) splits into the rows
/// it should.
@Suite struct CSVTests {
  /// (field, the cell written).
  static let cells: [(String, String)] = [
    ("Het Baken\r\n=1+1", "\"Het Baken\r\n'=1+1\""),
    ("\r\n=1+1", "\"'\r\n'=1+1\""),
    ("=\u{0301}1+1", "'=\u{0301}1+1"),
    ("+inf", "'+inf"),
    ("-nan", "'-nan"),
    ("-1+1", "'-1+1"),
    ("x;=1+1;y", "\"x;'=1+1;y\""),
    ("x,=1+1,y", "\"x,'=1+1,y\""),
    ("a;b, c", "\"a;b, c\""),
    ("name; grades", "\"name; grades\""),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "\"'\r'=1\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("line\nbreak", "\"line\nbreak\""),
    ("-12", "-12"),
    ("-0.5", "-0.5"),
    ("-1.", "'-1."),
    ("plain", "plain"),
    ("", ""),
  ]

  @Test(arguments: cells) func aCellIsGuardedAndQuoted(_ field: String, _ written: String) {
    #expect(CSV.cell(field) == written)
  }

  /// What a reader gives back for a written cell: the quotes taken off.
  static func unquoted(_ written: String) -> String {
    guard written.hasPrefix("\""), written.hasSuffix("\""), written.count >= 2 else { return written }
    return String(written.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
  }

  /// True when a spreadsheet would run the cell as a formula.
  static func startsAFormula(_ cell: String) -> Bool {
    guard let first = cell.unicodeScalars.first else { return false }
    return "=+@".unicodeScalars.contains(first) || (first == "-" && !CSV.isNegativeNumber(cell))
  }

  @Test(arguments: [CSV.Separator.comma, .semicolon]) func everyRowStaysOneRowForEitherSeparator(_ sep: CSV.Separator) throws {
    let fields = Self.cells.map(\.0)
    let text = CSV.document(header: fields.indices.map { "c\($0)" }, rows: [fields, fields], separator: sep)
    let rows = try Self.pythonRows(text, separator: sep.rawValue)
    try #require(rows.count == 3, "\(rows)")
    for row in rows.dropFirst() {
      #expect(row == Self.cells.map { Self.unquoted($0.1) })
    }
    // Read with the other separator (a Dutch Excel opening a comma file): rows break, but no
    // cell starts a formula.
    let other = try Self.pythonRows(text, separator: sep == .comma ? ";" : ",")
    for cell in other.joined() { #expect(!Self.startsAFormula(cell), "\(cell.debugDescription)") }
  }

  @Test func anExportWithAPlantedSchoolHasOneRowPerBreach() throws {
    let s = try InProcess(user: "fg")
    for school in ["Het Baken\r\n=1+1", "=\u{0301}HYPERLINK(\"x\")", "x;=1+1;y", "+inf"] {
      _ = try s.ok("breaches.register", [
        "kind": "nearMiss", "summary": "planted", "awareAt": "2026-11-27T16:30:00+01:00", "school": .string(school),
      ])
    }
    let out = try s.ok("breaches.export", ["format": "csv", "language": "en"])
    let text = try #require(out["csv"]?.stringValue)
    let rows = try Self.pythonRows(text, separator: ",")
    #expect(rows.count == 5)
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    let col = try #require(rows[0].firstIndex(of: "School"))
    #expect(rows.dropFirst().map { $0[col] } == ["Het Baken\r\n'=1+1", "'=\u{0301}HYPERLINK(\"x\")", "x;'=1+1;y", "'+inf"])
    for cell in try Self.pythonRows(text, separator: ";").joined() { #expect(!Self.startsAFormula(cell), "\(cell.debugDescription)") }
  }

  /// The rows Python's csv module reads from `text` with `separator`.
  static func pythonRows(_ text: String, separator: String) throws -> [[String]] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode(), newline=''), delimiter=sys.argv[1]))))",
      separator,
    ]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let value = try JSONParser.parse(Array(data))
    return (value.arrayValue ?? []).map { ($0.arrayValue ?? []).map { $0.stringValue ?? "" } }
  }
}
