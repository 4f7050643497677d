import JSON
import JSONRPC
import Registers

/// `sharingAssessments.get`, `.history`, `.list`, `.export`: the kept step-plan assessments
/// (`sharing.assess`), which an auditor or the AP asks for to see that a disclosure was weighed
/// before it happened (AVG art. 5(2) accountability), through the shared `RegisterReads`.
enum SharingAssessmentsReads {
  /// The filters of `list` and `export`: student, recipient (name contains), outcome, school.
  static let filterParams: [ParamSpec] = [
    ParamSpec("studentId", "Only assessments including this student.", schema: SharingSchemas.text),
    ParamSpec("recipient", "Recipient name contains this (case-insensitive).", schema: SharingSchemas.text),
    ParamSpec("outcome", "Only this outcome.", schema: SharingSchemas.choices(AssessmentOutcome.self)),
    ParamSpec("school", "Only this school or location (records without a school are the whole board's).", schema: SharingSchemas.text),
  ]

  /// The export columns (their own file, with the other registers' export columns).
  static let columns = SharingAssessmentExportColumns.all

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: SharingAssessments.name, noun: "sharing assessment", recordSchema: SharingAssess.schema,
    filterParams: filterParams, filter: .records(filter), columns: columns, roles: Role.registerReaders,
    exampleID: "T-2026-0001", exampleRecord: ["id": "T-2026-0001"], exampleCount: SharingAssessExamples.all.count)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let student = try p.optionalString("studentId")
    let recipient = try p.optionalString("recipient")?.lowercased()
    let outcome = try p.optionalChoice("outcome", AssessmentOutcome.self)
    let school = try p.optionalString("school")
    return { r in
      if let school, r["school"]?.stringValue != school { return false }
      if let student, !(r["students"]?.arrayValue ?? []).contains(where: { $0["id"]?.stringValue == student }) { return false }
      if let recipient, !(r["recipient"]?["name"]?.stringValue ?? "").lowercased().contains(recipient) { return false }
      if let outcome, r["outcome"]?.stringValue != outcome.rawValue { return false }
      return true
    }
  }
}
