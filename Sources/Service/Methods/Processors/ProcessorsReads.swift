import JSON
import JSONRPC
import Registers

/// `processors.get`, `.history`, `.list`, `.export`: the register of processor agreements the
/// school shows an auditor or the AP (AVG art. 5(2), 28), through the shared `RegisterReads`.
enum ProcessorsReads {
  /// The filters of `list` and `export`: supplier (name contains, case-insensitive), convenant
  /// status (decision 39), school (decision 51).
  static let filterParams: [ParamSpec] = [
    ParamSpec("supplier", "Supplier name contains this (case-insensitive).", schema: ProcessorSchemas.text),
    ParamSpec("convenantStatus", "Only this convenant status.", schema: ProcessorSchemas.choices(ConvenantStatus.self)),
    ParamSpec("school", "Only this school.", schema: ProcessorSchemas.text),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Processors.name, noun: "processor agreement", recordSchema: ProcessorSchemas.record, filterParams: filterParams,
    filter: .records(filter), columns: ProcessorExportColumns.all, roles: Role.registerReaders, exampleID: "P-2026-0001",
    exampleRecord: ["id": "P-2026-0001", "status": "active", "supplier": ["name": "Leerlingdata B.V."]], exampleCount: 3)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let supplier = try p.optionalString("supplier")?.lowercased()
    let status = try p.optionalChoice("convenantStatus", ConvenantStatus.self)
    let school = try p.optionalString("school")
    return { json in
      let r = ProcessorRecord(json)
      if let supplier, !r.supplierName.lowercased().contains(supplier) { return false }
      if let status, r.convenantStatus != status { return false }
      if let school, r.school != school { return false }
      return true
    }
  }
}
