import JSON
import JSONRPC
import Registers

/// `processing.get`, `.history`, `.list`, `.export`: the record of processing activities the
/// board shows the AP on request (AVG art. 30(4)), through the shared `RegisterReads`.
enum ProcessingReads {
  /// The filters of `list` and `export`: status, school (board-wide activities match every
  /// school), data-subject category, and whether a DPIA is needed (D5).
  static let filterParams: [ParamSpec] = [
    ParamSpec("status", "Only this status.", schema: ProcessingSchemas.choices(ProcessingStatus.self)),
    ParamSpec("school", "Only activities of this school and of the whole board.", schema: ProcessingSchemas.text),
    ParamSpec("subjectCategory", "Only activities about this category of data subjects.", schema: ProcessingSchemas.choices(SubjectCategory.self)),
    ParamSpec("dpiaNeed", "Only activities with this DPIA need.", schema: ProcessingSchemas.choices(DPIANeed.self)),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Processing.name, noun: "processing activity", recordSchema: ProcessingSchemas.record, filterParams: filterParams,
    filter: .records(filter), columns: ProcessingExportColumns.all, roles: ProcessingSchemas.readers, exampleID: "VA-2026-0001",
    exampleRecord: ["id": "VA-2026-0001", "status": "active", "name": "Leerlingadministratie"], exampleCount: 6)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let status = try p.optionalChoice("status", ProcessingStatus.self)
    let school = try p.optionalString("school")
    let subject = try p.optionalChoice("subjectCategory", SubjectCategory.self)
    let need = try p.optionalChoice("dpiaNeed", DPIANeed.self)
    return { json in
      let r = ProcessingRecord(json)
      if let status, r.status != status { return false }
      if let school, let own = r.school, own != school { return false }
      if let subject, !r.subjects.contains(subject) { return false }
      if let need, r.dpiaNeed != need { return false }
      return true
    }
  }
}
