import JSON
import Registers
import Wording

/// The export columns of the processor-agreement register, in the order of the recommended
/// register fields (rules.md §6): supplier, agreement, products and bijsluiters, sub-processors
/// and transfers (AVG art. 28, 44–46), end and deletion (28(3)(g)). English and Dutch headers.
enum ProcessorExportColumns {
  /// One export column (shared with every register).
  typealias Column = RegisterReads.Column

  /// The columns.
  static let all: [Column] = [
    Column("id", Texts.Export.id),
    Column("status", Texts.Export.status),
    Column("school", Texts.Export.school),
    Column("supplier.name", Texts.Export.Processors.supplier),
    Column("supplier.kvk", Texts.Export.Processors.kvkNumber),
    Column("supplier.convenantStatus", Texts.Export.Processors.convenantStatus),
    Column("supplier.convenantCheckedOn", Texts.Export.Processors.convenantCheckedOn),
    Column("agreement.model", Texts.Export.Processors.model),
    Column("agreement.version", Texts.Export.Processors.version),
    Column("agreement.signedBySchool.name", Texts.Export.Processors.signedForTheSchoolBy),
    Column("agreement.signedBySchool.on", Texts.Export.Processors.signedByTheSchoolOn),
    Column("agreement.signedBySupplier.name", Texts.Export.Processors.signedForTheSupplierBy),
    Column("agreement.signedBySupplier.on", Texts.Export.Processors.signedByTheSupplierOn),
    Column("agreement.effectiveFrom", Texts.Export.Processors.effectiveFrom),
    Column("agreement.endDate", Texts.Export.Processors.endDate),
    Column(Texts.Export.Processors.products) { r in products(r) { p in
      let annex = [p["annexVersion"]?.stringValue, p["annexDate"]?.stringValue].compactMap { $0 }.joined(separator: " ")
      return Texts.Export.product(p["name"]?.stringValue ?? "", active: p["active"] == .bool(true), annex: annex.isEmpty ? nil : annex).string
    } },
    Column(Texts.Export.Processors.outsideTheEEA) { r in products(r) { p in
      let subs = (p["subProcessors"]?.arrayValue ?? []).filter { $0["outsideEEA"] == .bool(true) }
        .map { "\($0["name"]?.stringValue ?? "") \($0["country"]?.stringValue ?? "") \($0["transferMechanism"]?.stringValue ?? Texts.Export.noMechanism.string)" }
      let own = p["outsideEEA"] == .bool(true) ? ["\(p["name"]?.stringValue ?? "") \(p["transferMechanism"]?.stringValue ?? Texts.Export.noMechanism.string)"] : []
      return (own + subs).joined(separator: ", ")
    } },
    Column(Texts.Export.Processors.subProcessors) { r in products(r) { p in
      (p["subProcessors"]?.arrayValue ?? []).map { "\($0["name"]?.stringValue ?? "") (\($0["country"]?.stringValue ?? ""))" }.joined(separator: ", ")
    } },
    Column("returnDeletion.requestedOn", Texts.Export.Processors.returnDeletionRequestedOn),
    Column("returnDeletion.confirmedOn", Texts.Export.Processors.returnDeletionConfirmedOn),
    Column("registeredBy", Texts.Export.registeredBy),
  ]

  /// One cell part per product, non-empty parts joined with "; ".
  static func products(_ r: JSONObject, _ cell: (JSONValue) -> String) -> String {
    (r["products"]?.arrayValue ?? []).map(cell).filter { !$0.isEmpty }.joined(separator: "; ")
  }
}
