/// The hook through which a register adds its section to the annual report (issue 17 §1): a
/// source names the registers it reads and builds one section from them. The report shows the
/// sections of `AnnualReportSources.all` whose registers exist, in that order. A new register
/// (publication consents, staff instruction) adds its source to that list and nothing else.
protocol AnnualReportSource: Sendable {
  /// The registers read; the section is left out while any of them does not exist.
  var registers: [String] { get }
  /// The section for `input`.
  func section(_ input: ReportInput) -> ReportSection
}
