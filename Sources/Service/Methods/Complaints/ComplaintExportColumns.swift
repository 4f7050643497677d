import JSON
import Registers
import Wording

/// The export columns of the counsellor's dossiers, in the order S&V lists a dossier's contents
/// (rules.md §7: complainant, accused, description, conversation reports), then handling and
/// retention. English and Dutch headers. The export holds names: it is the counsellor's alone.
enum ComplaintExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("school", Texts.Export.school),
    Column("openedAt", Texts.Export.Complaints.openedAt),
    Column("complainant.name", Texts.Export.Complaints.complainant),
    Column("complainant.role", Texts.Export.Complaints.complainantsRole),
    Column("accused.name", Texts.Export.Complaints.accused),
    Column("accused.role", Texts.Export.Complaints.accusedsRole),
    Column("category", Texts.Export.Complaints.category),
    Column("description", Texts.Export.Complaints.description),
    Column("consent.givenBy", Texts.Export.Complaints.consentGivenBy),
    Column("consent.givenAt", Texts.Export.Complaints.consentGivenAt),
    Column(Texts.Export.Complaints.specialCategories) { r in
      (r["specialCategories"]?.arrayValue ?? []).map { "\($0["category"]?.stringValue ?? ""): \($0["reason"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    Column("counsellor.name", Texts.Export.Complaints.counsellor),
    Column("counsellor.isStaff", Texts.Export.Complaints.counsellorIsStaff),
    Column(Texts.Export.Complaints.conversationReports) { r in
      (r["reports"]?.arrayValue ?? []).map { "\($0["at"]?.stringValue ?? "") \($0["with"]?.stringValue ?? ""): \($0["summary"]?.stringValue ?? "")" }
        .joined(separator: "; ")
    },
    Column("closedAt", Texts.Export.Complaints.closedAt),
    Column("outcome", Texts.Export.Complaints.outcome),
    Column("retainUntil", Texts.Export.Complaints.retainUntil),
    Column("retentionRule", Texts.Export.Complaints.retentionRule),
  ]
}
