import JSON
import Registers
import Rules
import Wording

/// The processor-agreements section of the annual report (issue 17 §1; AVG art. 28; duties.md
/// §8.2 "processor agreements"): for every product in use, whether its agreement is valid,
/// expires within 90 days, or is missing (no signature, no privacybijsluiter) or expired, per
/// supplier. Counted on 31 December (today while the year runs).
struct ProcessorsReportSection: AnnualReportSource {
  /// Reads the processors register.
  var registers: [String] { [Processors.name] }

  /// Where a product in use stands.
  enum State: String, CaseIterable {
    /// Signed by both, with its privacybijsluiter, in force for more than 90 days.
    case valid
    /// Ends within 90 days.
    case expiring
    /// A signature or the product's privacybijsluiter is missing (AVG art. 28(3), 28(9)).
    case missing
    /// Still used after the agreement ended.
    case expired

    /// Green for valid, amber for expiring, red for missing, dark red for expired.
    var colour: String {
      switch self {
      case .valid: return "#4f9a57"
      case .expiring: return "#e8a33d"
      case .missing: return "#c0392b"
      case .expired: return "#6e1a24"
      }
    }

    /// The reader's word.
    func name(_ l: Language) -> String {
      switch self {
      case .valid: return Texts.Reports.valid(l)
      case .expiring: return Texts.Reports.expiresWithin90Days(l)
      case .missing: return Texts.Reports.partlyMissing(l)
      case .expired: return Texts.Reports.expired(l)
      }
    }
  }

  /// Every active product of `record` with its state on `on`.
  static func products(_ record: ProcessorRecord, on: CivilDate) -> [(name: String, state: State)] {
    let findings = ProcessorCheck.findings(record, on: on)
    let unsigned = findings.contains { $0.code == "schoolSignatureMissing" || $0.code == "supplierSignatureMissing" }
    return record.products.enumerated().compactMap { i, p in
      guard p["active"] == .bool(true) else { return nil }
      let name = p["name"]?.stringValue ?? ""
      if record.isEnded(on: on) { return (name, .expired) }
      if unsigned || findings.contains(where: { $0.code == "annexMissing" && $0.field == "products[\(i)].annexVersion" }) {
        return (name, .missing)
      }
      if let end = record.endDate, on.days(until: end) <= 90 { return (name, .expiring) }
      return (name, .valid)
    }
  }

  /// The section for `input.year`.
  func section(_ input: ReportInput) -> ReportSection {
    let on = input.countedOn
    let rows = input.records(Processors.name).map(ProcessorRecord.init).map { ($0, Self.products($0, on: on)) }
      .filter { !$0.1.isEmpty }
    let all = rows.flatMap { r in r.1.map { (supplier: r.0.supplierName, id: r.0.id, name: $0.name, state: $0.state) } }
    var s = ReportSection(id: "processors", title: input.t(Texts.Reports.processorAgreements))
    s.charts.append(.stacked(StackedBarChart(
      id: "processors-per-supplier", title: input.t(Texts.Reports.productsInUsePerSupplier),
      labels: rows.map { $0.0.supplierName },
      series: State.allCases.map { st in (st.name(input.language), rows.map { r in Double(r.1.filter { $0.state == st }.count) }) },
      colours: State.allCases.map(\.colour))))
    let count = { (st: State) in all.filter { $0.state == st }.count }
    s.paragraphs.append(input.t(Texts.Reports.processorsOnDay("\(input.language.long(on.year, on.month, on.day))", "\(all.count)", "\(rows.count)", "\(count(.valid))", "\(count(.expiring))", "\(count(.missing))", "\(count(.expired))")))
    for p in all where p.state != .valid {
      s.attention.append("\(p.id) \(p.supplier), \(p.name): \(p.state.name(input.language)).")
    }
    s.tables.append(ReportTable(
      header: [input.t(Texts.Reports.supplier), input.t(Texts.Reports.product), input.t(Texts.Reports.state)],
      rows: all.map { [$0.supplier, $0.name, $0.state.name(input.language)] }))
    s.figures = [
      "countedOn": .string(on.description), "productsInUse": .int(all.count),
      "byState": .object(JSONObject(State.allCases.map { ($0.rawValue, .int(count($0))) })),
      "products": .array(all.map { ["agreement": .string($0.id), "supplier": .string($0.supplier), "product": .string($0.name), "state": .string($0.state.rawValue)] }),
    ]
    return s
  }
}
