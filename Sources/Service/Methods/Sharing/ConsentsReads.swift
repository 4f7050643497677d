import JSON
import JSONRPC
import Registers

/// `consents.get`, `.history`, `.list`, `.export`: the consents the school must be able to show
/// (AVG art. 7(1)), through the shared `RegisterReads`.
enum ConsentsReads {
  /// The filters of `list` and `export`: student, status, school.
  static let filterParams: [ParamSpec] = [
    ParamSpec("studentId", "Only this student's consents.", schema: SharingSchemas.text),
    ParamSpec("status", "given or withdrawn.", schema: ["enum": ["given", "withdrawn"]]),
    ParamSpec("school", "Only this school or location (records without a school are the whole board's).", schema: SharingSchemas.text),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Consents.name, noun: "consent", recordSchema: SharingSchemas.consent, filterParams: filterParams,
    filter: .records(filter), columns: ConsentExportColumns.all, roles: Role.registerReaders, exampleID: "C-2026-0001",
    exampleRecord: ["id": "C-2026-0001", "status": "given", "givenBy": ["relationship": "parent"]], exampleCount: 3)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let student = try p.optionalString("studentId")
    let status = try p.optionalString("status")
    let school = try p.optionalString("school")
    return { json in
      let c = ConsentRecord(json)
      if let school, c.school != school { return false }
      if let student, c.studentID != student { return false }
      if let status, c.status != status { return false }
      return true
    }
  }
}
