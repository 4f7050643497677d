import JSON
import Registers
import Wording

/// The export columns of the record of processing activities, in the order of AVG art. 30(1)
/// (purpose, people and data, recipients, transfers, retention, security) followed by the DPIA
/// facts; English and Dutch headers (the Dutch ones as a Kennisnet-style register reads them).
enum ProcessingExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("name", Texts.Export.Processing.activity),
    Column("purpose", Texts.Export.Processing.purpose),
    Column("school", Texts.Export.school),
    Column("owner", Texts.Export.Processing.owner),
    Column("legalBasis.letter", Texts.Export.Processing.basis),
    Column("legalBasis.law", Texts.Export.Processing.law),
    Column("legalBasis.article", Texts.Export.Processing.article),
    Column("subjectCategories", Texts.Export.Processing.dataSubjects),
    Column(Texts.Export.Processing.dataCategories) { r in
      (r["dataCategories"]?.arrayValue ?? []).map { c in
        let marks = [c["special"]?.stringValue.map { "art. 9: \($0)" }, c["identifier"]?.stringValue].compactMap { $0 }
        return (c["name"]?.stringValue ?? "") + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
      }.joined(separator: "; ")
    },
    Column("art9Exception", Texts.Export.Processing.art9Exception),
    Column(Texts.Export.Processing.recipients) { r in
      (r["recipients"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? "") (\($0["role"]?.stringValue ?? ""))" }.joined(separator: "; ")
    },
    Column("processors", Texts.Export.Processing.processors),
    Column(Texts.Export.Processing.transfers) { r in
      (r["transfers"]?.arrayValue ?? []).map { "\($0["recipient"]?.stringValue ?? "") \($0["country"]?.stringValue ?? "") \($0["mechanism"]?.stringValue ?? "")" }.joined(separator: "; ")
    },
    Column(Texts.Export.Processing.retention) { r in
      guard let t = r["retention"]?.objectValue else { return "" }
      return [t["count"].map { RegisterReads.Column.text($0) }, t["unit"]?.stringValue, t["trigger"]?.stringValue].compactMap { $0 }.joined(separator: " ")
    },
    Column("retention.source", Texts.Export.Processing.retentionSource),
    Column("retention.sourceText", Texts.Export.Processing.retentionSourceText),
    Column("securityMeasures", Texts.Export.Processing.securityMeasures),
    Column("securityPolicy", Texts.Export.Processing.securityPolicy),
    Column("dpia.criteria", Texts.Export.Processing.wp248Criteria),
    Column("dpia.apListTypes", Texts.Export.Processing.apDPIAList),
    Column(Texts.Export.Processing.dpiaNeeded) { r in
      let need = ProcessingRecord(r).dpiaNeed.rawValue
      return Texts.ExportValues.dpiaNeed(need)?.string ?? need
    },
    Column("dpia.performedOn", Texts.Export.Processing.dpiaPerformedOn),
    Column("dpia.outcome", Texts.Export.Processing.dpiaOutcome),
    Column("endedOn", Texts.Export.Processing.endedOn),
    Column("registeredBy", Texts.Export.registeredBy),
  ]
}
