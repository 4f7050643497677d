import JSON
import Registers
import Wording

/// The sharing section of the annual report (issue 17 §1; AVG art. 6(1), 30): disclosures to
/// third parties in the year per legal basis, with the students concerned and whether parents
/// were informed.
struct SharingReportSection: AnnualReportSource {
  /// Reads the sharing register.
  var registers: [String] { [Sharing.name] }

  /// The reader's words for a basis.
  static func basisName(_ b: SharingBasis, _ l: Language) -> String {
    switch b {
    case .AVG6_1a: return Texts.Reports.consent(l)
    case .AVG6_1b: return Texts.Reports.contract(l)
    case .AVG6_1c: return Texts.Reports.legalObligation(l)
    case .AVG6_1d: return Texts.Reports.vitalInterest(l)
    case .AVG6_1e: return Texts.Reports.publicTask(l)
    }
  }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    let records = input.records(Sharing.name).filter { ReportInput.date($0["disclosedOn"])?.year == input.year }
    let basis = { (b: SharingBasis) in records.filter { $0["legalBasis"]?.stringValue == b.rawValue } }
    let students = records.reduce(0) { $0 + ($1["students"]?.arrayValue?.count ?? 0) }
    let uninformed = records.filter { $0["parentsInformed"]?.boolValue == false && $0["legalBasis"]?.stringValue != SharingBasis.AVG6_1a.rawValue }
    var s = ReportSection(id: "sharing", title: input.t(Texts.Reports.dataSharedWithThirdParties))
    s.charts.append(.bars(BarChart(
      id: "sharing-per-basis", title: input.t(Texts.Reports.disclosuresPerLegalBasis),
      bars: SharingBasis.allCases.map { (Self.basisName($0, input.language) + " (\($0.rawValue.suffix(1)))", Double(basis($0).count)) })))
    s.paragraphs.append(input.t(Texts.Reports.sharingInYear("\(input.year)", "\(records.count)", "\(students)")))
    for r in uninformed {
      s.attention.append(input.t(Texts.Reports.parentsNotInformedYet("\(r["id"]?.stringValue ?? "")")))
    }
    s.figures = [
      "total": .int(records.count), "students": .int(students),
      "byLegalBasis": .object(JSONObject(SharingBasis.allCases.map { ($0.rawValue, .int(basis($0).count)) })),
      "parentsNotInformed": .int(uninformed.count),
    ]
    return s
  }
}
