import JSON
import Registers

/// The export columns of the counsellor's dossiers, in the order S&V lists a dossier's contents
/// (rules.md §7: complainant, accused, description, conversation reports), then handling and
/// retention. English and Dutch headers. The export holds names: it is the counsellor's alone.
enum ComplaintExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("school", "School", "School"),
    Column("openedAt", "Opened at", "Geopend op"),
    Column("complainant.name", "Complainant", "Klager"),
    Column("complainant.role", "Complainant's role", "Rol klager"),
    Column("accused.name", "Accused", "Aangeklaagde"),
    Column("accused.role", "Accused's role", "Rol aangeklaagde"),
    Column("category", "Category", "Categorie"),
    Column("description", "Description", "Omschrijving"),
    Column("consent.givenBy", "Consent given by", "Toestemming gegeven door"),
    Column("consent.givenAt", "Consent given at", "Toestemming gegeven op"),
    Column("Special categories", "Bijzondere persoonsgegevens") { r in
      (r["specialCategories"]?.arrayValue ?? []).map { "\($0["category"]?.stringValue ?? ""): \($0["reason"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    Column("counsellor.name", "Counsellor", "Vertrouwenspersoon"),
    Column("counsellor.isStaff", "Counsellor is staff", "Vertrouwenspersoon in dienst"),
    Column("Conversation reports", "Gespreksverslagen") { r in
      (r["reports"]?.arrayValue ?? []).map { "\($0["at"]?.stringValue ?? "") \($0["with"]?.stringValue ?? ""): \($0["summary"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    Column("closedAt", "Closed at", "Afgesloten op"),
    Column("outcome", "Outcome", "Uitkomst"),
    Column("retainUntil", "Retain until", "Bewaren tot"),
    Column("retentionRule", "Retention rule", "Bewaarregel"),
  ]
}
