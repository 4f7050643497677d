import JSON
import Registers

/// The export columns of the processor-agreement register, in the order of the recommended
/// register fields (rules.md §6): supplier, agreement, products and bijsluiters, sub-processors
/// and transfers (AVG art. 28, 44–46), end and deletion (28(3)(g)). English and Dutch headers.
enum ProcessorExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", "Id", "Kenmerk"),
    Column("status", "Status", "Status"),
    Column("school", "School", "School"),
    Column("supplier.name", "Supplier", "Leverancier"),
    Column("supplier.kvk", "KvK number", "KvK-nummer"),
    Column("supplier.convenantStatus", "Convenant status", "Status convenant"),
    Column("supplier.convenantCheckedOn", "Convenant checked on", "Convenant gecontroleerd op"),
    Column("agreement.model", "Model", "Model"),
    Column("agreement.version", "Version", "Versie"),
    Column("agreement.signedBySchool.name", "Signed for the school by", "Ondertekend namens school door"),
    Column("agreement.signedBySchool.on", "Signed by the school on", "Ondertekend door school op"),
    Column("agreement.signedBySupplier.name", "Signed for the supplier by", "Ondertekend namens leverancier door"),
    Column("agreement.signedBySupplier.on", "Signed by the supplier on", "Ondertekend door leverancier op"),
    Column("agreement.effectiveFrom", "Effective from", "Ingangsdatum"),
    Column("agreement.endDate", "End date", "Einddatum"),
    Column("Products", "Producten") { r in products(r) { p in
      let annex = [p["annexVersion"]?.stringValue, p["annexDate"]?.stringValue].compactMap { $0 }.joined(separator: " ")
      return "\(p["name"]?.stringValue ?? "") (\(p["active"] == .bool(true) ? "active" : "inactive"); bijsluiter \(annex.isEmpty ? "missing" : annex))"
    } },
    Column("Outside the EEA", "Buiten de EER") { r in products(r) { p in
      let subs = (p["subProcessors"]?.arrayValue ?? []).filter { $0["outsideEEA"] == .bool(true) }
        .map { "\($0["name"]?.stringValue ?? "") \($0["country"]?.stringValue ?? "") \($0["transferMechanism"]?.stringValue ?? "no mechanism")" }
      let own = p["outsideEEA"] == .bool(true) ? ["\(p["name"]?.stringValue ?? "") \(p["transferMechanism"]?.stringValue ?? "no mechanism")"] : []
      return (own + subs).joined(separator: ", ")
    } },
    Column("Sub-processors", "Subverwerkers") { r in products(r) { p in
      (p["subProcessors"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? "") (\($0["country"]?.stringValue ?? ""))" }.joined(separator: ", ")
    } },
    Column("returnDeletion.requestedOn", "Return/deletion requested on", "Teruggave/verwijdering gevraagd op"),
    Column("returnDeletion.confirmedOn", "Return/deletion confirmed on", "Teruggave/verwijdering bevestigd op"),
    Column("registeredBy", "Registered by", "Geregistreerd door"),
  ]

  /// One cell part per product, non-empty parts joined with "; ".
  static func products(_ r: JSONObject, _ cell: (JSONValue) -> String) -> String {
    (r["products"]?.arrayValue ?? []).map(cell).filter { !$0.isEmpty }.joined(separator: "; ")
  }
}
