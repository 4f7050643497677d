import JSON
import JSONRPC
import Registers
import Rules

/// `breaches.get`, `.history`, `.list`, `.export`: the register the school must keep and show
/// the AP on request (AVG art. 33(5)), through the shared `RegisterReads`.
enum BreachesReads {
  /// The filters of `list` and `export`: kind, status, overdue (art. 33(1)), awareAt date range, school (decision 51).
  static let filterParams: [ParamSpec] = [
    ParamSpec("kind", "Only this kind.", schema: BreachesAssess.enumSchema(BreachKind.self)),
    ParamSpec("status", "Only this status.", schema: ["enum": ["registered", "assessed", "reported", "closed"]]),
    ParamSpec("overdue", "true: only data breaches past `reportBy` and not reported; false: the others.", schema: ["type": "boolean"]),
    ParamSpec("from", "awareAt on or after this Amsterdam date.", schema: ["type": "string", "format": "date"]),
    ParamSpec("to", "awareAt on or before this Amsterdam date.", schema: ["type": "string", "format": "date"]),
    ParamSpec("school", "Only this school.", schema: BreachSchemas.text),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Breaches.name, noun: "breach", recordSchema: BreachSchemas.record, filterParams: filterParams,
    filter: .records(filter), columns: BreachExportColumns.all, roles: Role.registerReaders, exampleID: "D-2026-0001",
    exampleRecord: ["id": "D-2026-0001", "kind": "dataBreach", "status": "closed", "reportBy": "2026-11-30T16:30:00+01:00"],
    exampleCount: 3)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params; `overdue` counts from the service's "now".
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let kind = try p.optionalChoice("kind", BreachKind.self)
    let status = try p.optionalString("status")
    let overdue = try p.optionalBool("overdue")
    let from = try p.optionalDate("from")
    let to = try p.optionalDate("to")
    let school = try p.optionalString("school")
    let now = service.nowInstant
    return { json in
      let r = BreachRecord(json)
      if let kind, r.kind != kind { return false }
      if let status, r.status != status { return false }
      if let overdue, r.isOverdue(at: now) != overdue { return false }
      if let school, r.school != school { return false }
      guard from != nil || to != nil else { return true }
      guard let aware = r.awareAt.map(Amsterdam.date(of:)) else { return false }
      if let from, aware < from { return false }
      if let to, aware > to { return false }
      return true
    }
  }
}
