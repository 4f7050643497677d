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
    filter: .facets(conditions), columns: BreachExportColumns.all, roles: Role.registerReaders, exampleID: "D-2026-0001",
    exampleRecord: ["id": "D-2026-0001", "kind": "dataBreach", "status": "closed", "reportBy": "2026-11-30T16:30:00+01:00"],
    exampleCount: 3)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The filter params as conditions on the breach facets (`BreachFacets`); `overdue` counts from
  /// the service's "now": a data breach whose AP report is awaited and whose `reportBy` has passed
  /// (AVG art. 33(1)); `from`/`to` compare the Amsterdam date of `awareAt`, both ends included.
  static func conditions(_ p: Params, _ service: AvgdService) throws(RPCError) -> [FacetCondition] {
    var c: [FacetCondition] = []
    if let v = try p.optionalChoice("kind", BreachKind.self) { c.append(.equals(BreachFacets.kind, .text(v.rawValue))) }
    if let v = try p.optionalString("status") { c.append(.equals(BreachFacets.status, .text(v))) }
    if let v = try p.optionalString("school") { c.append(.equals(BreachFacets.school, .text(v))) }
    if let overdue = try p.optionalBool("overdue") {
      let now = BreachFacets.nanoseconds(service.nowInstant)
      c.append(overdue ? .below(BreachFacets.awaitedReportBy, now) : .notBelow(BreachFacets.awaitedReportBy, now))
    }
    if let from = try p.optionalDate("from") { c.append(.atLeast(BreachFacets.awareOn, Int64(from.daysSinceEpoch))) }
    if let to = try p.optionalDate("to") { c.append(.below(BreachFacets.awareOn, Int64(to.daysSinceEpoch) + 1)) }
    return c
  }
}
