import JSON
import Registers

/// The export columns of the record of processing activities, in the order of AVG art. 30(1)
/// (purpose, people and data, recipients, transfers, retention, security) followed by the DPIA
/// facts; English and Dutch headers (the Dutch ones as a Kennisnet-style register reads them).
enum ProcessingExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("name", "Activity", "Verwerkingsactiviteit"),
    Column("purpose", "Purpose", "Doel"),
    Column("school", "School", "School"),
    Column("owner", "Owner", "Eigenaar"),
    Column("legalBasis.letter", "Basis (art. 6(1))", "Grondslag (art. 6 lid 1)"),
    Column("legalBasis.law", "Law", "Wet"),
    Column("legalBasis.article", "Article", "Artikel"),
    Column("subjectCategories", "Data subjects", "Betrokkenen"),
    Column("Data categories", "Categorieën persoonsgegevens") { r in
      (r["dataCategories"]?.arrayValue ?? []).map { c in
        let marks = [c["special"]?.stringValue.map { "art. 9: \($0)" }, c["identifier"]?.stringValue].compactMap { $0 }
        return (c["name"]?.stringValue ?? "") + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
      }.joined(separator: "; ")
    },
    Column("art9Exception", "Art. 9 exception", "Uitzondering art. 9"),
    Column("Recipients", "Ontvangers") { r in
      (r["recipients"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? "") (\($0["role"]?.stringValue ?? ""))" }.joined(separator: "; ")
    },
    Column("processors", "Processors", "Verwerkers"),
    Column("Transfers outside the EEA", "Doorgifte buiten de EER") { r in
      (r["transfers"]?.arrayValue ?? []).map { "\($0["recipient"]?.stringValue ?? "") \($0["country"]?.stringValue ?? "") \($0["mechanism"]?.stringValue ?? "")" }.joined(separator: "; ")
    },
    Column("Retention", "Bewaartermijn") { r in
      guard let t = r["retention"]?.objectValue else { return "" }
      return [t["count"].map { RegisterReads.Column.text($0) }, t["unit"]?.stringValue, t["trigger"]?.stringValue].compactMap { $0 }.joined(separator: " ")
    },
    Column("retention.source", "Retention source", "Bron bewaartermijn"),
    Column("retention.sourceText", "Retention source text", "Toelichting bewaartermijn"),
    Column("securityMeasures", "Security measures", "Beveiligingsmaatregelen"),
    Column("securityPolicy", "Security policy", "Beveiligingsbeleid"),
    Column("dpia.criteria", "WP248 criteria", "DPIA-criteria (WP248)"),
    Column("dpia.apListTypes", "AP DPIA list", "DPIA-lijst AP"),
    Column("DPIA needed", "DPIA nodig") { r in ProcessingRecord(r).dpiaNeed.rawValue },
    Column("dpia.performedOn", "DPIA performed on", "DPIA uitgevoerd op"),
    Column("dpia.outcome", "DPIA outcome", "Uitkomst DPIA"),
    Column("endedOn", "Ended on", "Beëindigd op"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]
}
