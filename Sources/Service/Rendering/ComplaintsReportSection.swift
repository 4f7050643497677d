import JSON
import Registers

/// The confidential counsellor's figures in the annual report, exactly as `complaints.annualReport`
/// gives them (the same `ComplaintAnnualReport`; rules.md §7; decision 48: the board sees
/// aggregates only, never names or descriptions). Complaints carry no school, so the school
/// filter does not apply to them.
struct ComplaintsReportSection: AnnualReportSource {
  /// Reads the complaints register.
  var registers: [String] { [Complaints.name] }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    var s = ReportSection(id: "complaints", title: input.t("Vertrouwenspersoon: jaarcijfers", "Confidential counsellor: annual figures"))
    guard let register = input.registers[Complaints.name] else { return s }
    let report = ComplaintAnnualReport(year: input.year, register: register)
    s.charts.append(.bars(BarChart(
      id: "complaints-per-month", title: input.t("Dossiers geopend per maand", "Dossiers opened per month"),
      bars: zip(input.language.shortMonths, report.byMonth).map { ($0.0, Double($0.1.opened)) })))
    s.paragraphs.append(input.t(
      "De vertrouwenspersoon opende in \(input.year) \(report.opened) dossier(s) en sloot er \(report.closed); aan het eind van het jaar liepen er \(report.openAtYearEnd). Dit zijn alleen aantallen: geen namen of inhoud. Kleine aantallen kunnen in een kleine school toch naar een persoon wijzen; deel ze met dat in gedachten.",
      "The confidential counsellor opened \(report.opened) dossier(s) in \(input.year) and closed \(report.closed); \(report.openAtYearEnd) were open at the end of the year. Counts only: no names or contents. Small counts can still point to a person in a small school; share them with that in mind."))
    if case .object(let o) = report.json { s.figures = o }
    return s
  }
}
