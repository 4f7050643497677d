import JSON
import Registers

/// The export columns of the sharing register, in the order of rules.md §5 "Sharing register
/// fields" (AVG art. 6, 30(1)(d)). Student ids are listed; birth dates are never stored.
enum SharingExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("disclosedOn", "Disclosed on", "Verstrekt op"),
    Column("Students", "Leerlingen") { r in (r["students"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }.joined(separator: "; ") },
    Column("recipient.name", "Recipient", "Ontvanger"),
    Column("recipient.role", "Recipient role", "Rol ontvanger"),
    Column("purpose", "Purpose", "Doel"),
    Column("legalBasis", "Legal basis", "Grondslag"),
    Column("specificLaw", "Specific law", "Wettelijk voorschrift"),
    Column("dataCategories", "Data categories", "Soort gegevens"),
    Column("consentIds", "Consents", "Toestemmingen"),
    Column("parentsInformed", "Parents informed", "Ouders geïnformeerd"),
    Column("parentsInformedOn", "Parents informed on", "Ouders geïnformeerd op"),
    Column("informedHow", "Informed how", "Wijze van informeren"),
    Column("studentInformedOn", "Student informed on", "Leerling geïnformeerd op"),
    Column("informingDue", "Still to be informed", "Nog te informeren"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]
}
