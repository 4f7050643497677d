/// A small table in a report (rows of plain text).
struct ReportTable: Sendable {
  /// The column headings.
  let header: [String]
  /// The rows.
  let rows: [[String]]
}
