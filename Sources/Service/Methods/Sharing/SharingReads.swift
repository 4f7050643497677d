import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.get`, `.history`, `.list`, `.export`: the register of disclosures to third parties
/// (rules.md §5; AVG art. 5(2), 30(1)(d)), through the shared `RegisterReads`.
enum SharingReads {
  /// The filters of `list` and `export`: student, recipient (name contains), basis, date range, school.
  static let filterParams: [ParamSpec] = [
    ParamSpec("studentId", "Only disclosures including this student.", schema: SharingSchemas.text),
    ParamSpec("recipient", "Recipient name contains this (case-insensitive).", schema: SharingSchemas.text),
    ParamSpec("legalBasis", "Only this basis.", schema: SharingSchemas.choices(SharingBasis.self)),
    ParamSpec("from", "disclosedOn on or after this date.", schema: SharingSchemas.date),
    ParamSpec("to", "disclosedOn on or before this date.", schema: SharingSchemas.date),
    ParamSpec("school", "Only this school or location (records without a school are the whole board's).", schema: SharingSchemas.text),
  ]

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Sharing.name, noun: "disclosure", recordSchema: SharingSchemas.disclosure, filterParams: filterParams,
    filter: .records(filter), columns: SharingExportColumns.all, roles: Role.registerReaders, exampleID: "S-2026-0001",
    exampleRecord: SharingExamples.firstDisclosure, exampleCount: 4)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let student = try p.optionalString("studentId")
    let recipient = try p.optionalString("recipient")?.lowercased()
    let basis = try p.optionalChoice("legalBasis", SharingBasis.self)
    let (from, to) = (try p.optionalDate("from")?.description, try p.optionalDate("to")?.description)
    let school = try p.optionalString("school")
    return { r in
      if let school, r["school"]?.stringValue != school { return false }
      if let student, !(r["students"]?.arrayValue ?? []).contains(where: { $0["id"]?.stringValue == student }) { return false }
      if let recipient, !(r["recipient"]?["name"]?.stringValue ?? "").lowercased().contains(recipient) { return false }
      if let basis, r["legalBasis"]?.stringValue != basis.rawValue { return false }
      let on = r["disclosedOn"]?.stringValue ?? ""
      if let from, on < from { return false }
      if let to, on > to { return false }
      return true
    }
  }
}
