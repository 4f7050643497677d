/// The sections of the annual report, in the order they appear. Add a register's source here.
enum AnnualReportSources {
  /// Every source, in report order.
  static let all: [any AnnualReportSource] = [
    BreachesReportSection(),
    RequestsReportSection(),
    ProcessorsReportSection(),
    SharingReportSection(),
    ComplaintsReportSection(),
  ]

  /// Every register any source reads, deduplicated, in order.
  static var registers: [String] {
    var seen = Set<String>()
    return all.flatMap(\.registers).filter { seen.insert($0).inserted }
  }
}
