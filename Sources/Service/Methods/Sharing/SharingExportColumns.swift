import JSON
import Registers
import Wording

/// The export columns of the sharing register, in the order of rules.md §5 "Sharing register
/// fields" (AVG art. 6, 30(1)(d)). Student ids are listed; birth dates are never stored.
enum SharingExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", Texts.Export.id),
    Column("school", Texts.Export.school),
    Column("disclosedOn", Texts.Export.Sharing.disclosedOn),
    Column(Texts.Export.Sharing.students) { r in (r["students"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.joined(separator: "; ") },
    Column("recipient.name", Texts.Export.Sharing.recipient),
    Column("recipient.role", Texts.Export.Sharing.recipientRole),
    Column("purpose", Texts.Export.Sharing.purpose),
    Column("legalBasis", Texts.Export.Sharing.legalBasis),
    Column("specificLaw", Texts.Export.Sharing.specificLaw),
    Column("dataCategories", Texts.Export.Sharing.dataCategories),
    Column("consentIds", Texts.Export.Sharing.consents),
    Column("parentsInformed", Texts.Export.Sharing.parentsInformed),
    Column("parentsInformedOn", Texts.Export.Sharing.parentsInformedOn),
    Column("informedHow", Texts.Export.Sharing.informedHow),
    Column("studentInformedOn", Texts.Export.Sharing.studentInformedOn),
    Column("informingDue", Texts.Export.Sharing.stillToBeInformed),
    Column("registeredBy", Texts.Export.registeredBy),
  ]
}
