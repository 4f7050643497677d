import JSON
import Registers
import Wording

/// The confidential counsellor's figures in the annual report, exactly as `complaints.annualReport`
/// gives them (the same `ComplaintAnnualReport`; rules.md §7; decision 48: the board sees
/// aggregates only, never names or descriptions). Complaints carry no school, so the school
/// filter does not apply to them.
struct ComplaintsReportSection: AnnualReportSource {
  /// Reads the complaints register.
  var registers: [String] { [Complaints.name] }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    var s = ReportSection(id: "complaints", title: input.t(Texts.Reports.complaintsTitle))
    guard let register = input.registers[Complaints.name] else { return s }
    let report = ComplaintAnnualReport(year: input.year, register: register)
    s.charts.append(.bars(BarChart(
      id: "complaints-per-month", title: input.t(Texts.Reports.dossiersOpenedPerMonth),
      bars: zip(input.language.shortMonths, report.byMonth).map { ($0.0, Double($0.1.opened)) })))
    s.paragraphs.append(input.t(Texts.Reports.complaintsInYear("\(input.year)", "\(report.opened)", "\(report.closed)", "\(report.openAtYearEnd)")))
    if case .object(let o) = report.json { s.figures = o }
    return s
  }
}
