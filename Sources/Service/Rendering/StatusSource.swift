/// The hook through which a register adds what needs attention to `reports.status`, like
/// `AnnualReportSource` for the annual report: a register kept by another part of avgd (staff
/// instruction: who is due) adds its source to `StatusSources.all`.
protocol StatusSource: Sendable {
  /// The registers read; the source is skipped while any of them does not exist.
  var registers: [String] { get }
  /// The items for `input` (its `now` is the moment of the overview).
  func items(_ input: ReportInput) -> [StatusItem]
}
