import JSON
import Registers

/// The sharing section of the annual report (issue 17 §1; AVG art. 6(1), 30): disclosures to
/// third parties in the year per legal basis, with the students concerned and whether parents
/// were informed.
struct SharingReportSection: AnnualReportSource {
  /// Reads the sharing register.
  var registers: [String] { [Sharing.name] }

  /// The reader's words for a basis.
  static func basisName(_ b: SharingBasis, _ l: ReportLanguage) -> String {
    switch b {
    case .AVG6_1a: return l.pick("toestemming", "consent")
    case .AVG6_1b: return l.pick("overeenkomst", "contract")
    case .AVG6_1c: return l.pick("wettelijke plicht", "legal obligation")
    case .AVG6_1d: return l.pick("vitaal belang", "vital interest")
    case .AVG6_1e: return l.pick("publieke taak", "public task")
    }
  }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    let records = input.records(Sharing.name).filter { ReportInput.date($0["disclosedOn"])?.year == input.year }
    let basis = { (b: SharingBasis) in records.filter { $0["legalBasis"]?.stringValue == b.rawValue } }
    let students = records.reduce(0) { $0 + ($1["students"]?.arrayValue?.count ?? 0) }
    let uninformed = records.filter { $0["parentsInformed"]?.boolValue == false && $0["legalBasis"]?.stringValue != SharingBasis.AVG6_1a.rawValue }
    var s = ReportSection(id: "sharing", title: input.t("Gegevens gedeeld met derden", "Data shared with third parties"))
    s.charts.append(.bars(BarChart(
      id: "sharing-per-basis", title: input.t("Verstrekkingen per grondslag", "Disclosures per legal basis"),
      bars: SharingBasis.allCases.map { (Self.basisName($0, input.language) + " (\($0.rawValue.suffix(1)))", Double(basis($0).count)) })))
    s.paragraphs.append(input.t(
      "In \(input.year) zijn \(records.count) keer gegevens aan een andere organisatie verstrekt, over \(students) leerling(en) in totaal. Elke verstrekking heeft een grondslag uit AVG art. 6 lid 1; bij een wettelijke plicht of publieke taak informeert de school de ouders, bij toestemming moet die vooraf gegeven zijn.",
      "In \(input.year) data was disclosed to another organisation \(records.count) time(s), about \(students) student(s) in all. Each disclosure has a basis in GDPR art. 6(1); under a legal obligation or public task the school informs the parents, under consent it must be given beforehand."))
    for r in uninformed {
      s.attention.append(input.t("\(r["id"]?.stringValue ?? ""): ouders nog niet geïnformeerd.", "\(r["id"]?.stringValue ?? ""): parents not informed yet."))
    }
    s.figures = [
      "total": .int(records.count), "students": .int(students),
      "byLegalBasis": .object(JSONObject(SharingBasis.allCases.map { ($0.rawValue, .int(basis($0).count)) })),
      "parentsNotInformed": .int(uninformed.count),
    ]
    return s
  }
}
