import JSON
import JSONRPC
import Registers
import Rules

/// `complaints.get`, `.history`, `.list`, `.export`: the counsellor's own dossiers through the
/// shared `RegisterReads`, for the counsellor alone (rules.md §7; decision 48), e.g. to hand them
/// over to a successor or the external counsellor (one of S&V's purposes of registration).
enum ComplaintsReads {
  /// The filters of `list` and `export`: status, category, openedAt date range, school (decision 51).
  static let filterParams: [ParamSpec] = [
    ParamSpec("status", "Only this status.", schema: ["enum": ["open", "closed"]]),
    ParamSpec("category", "Only this category code.", schema: ComplaintSchemas.enumSchema(ComplaintCategory.self)),
    ParamSpec("from", "openedAt on or after this Amsterdam date.", schema: ["type": "string", "format": "date"]),
    ParamSpec("to", "openedAt on or before this Amsterdam date.", schema: ["type": "string", "format": "date"]),
    ParamSpec("school", "Only this school.", schema: ComplaintSchemas.text),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Complaints.name, noun: "dossier", recordSchema: ComplaintSchemas.record, filterParams: filterParams,
    filter: .records(filter), columns: ComplaintExportColumns.all, roles: ComplaintSchemas.counsellor, exampleID: "K-2026-0001",
    exampleRecord: ["id": "K-2026-0001", "status": "open", "category": "treatment"], exampleCount: 2)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let status = try p.optionalString("status")
    let category = try p.optionalChoice("category", ComplaintCategory.self)
    let from = try p.optionalDate("from")
    let to = try p.optionalDate("to")
    let school = try p.optionalString("school")
    return { json in
      let r = ComplaintRecord(json)
      if let status, r.status != status { return false }
      if let category, r.category != category { return false }
      if let school, r.school != school { return false }
      guard from != nil || to != nil else { return true }
      guard let opened = r.openedAt.map(Amsterdam.date(of:)) else { return false }
      if let from, opened < from { return false }
      if let to, opened > to { return false }
      return true
    }
  }
}
