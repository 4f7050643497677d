import JSON
import JSONRPC
import Registers
import Wording

/// `staff.get`, `.history`, `.list`, `.export`: the staff-instruction register through the shared
/// `RegisterReads` (AVG art. 5(2): the school can show who was instructed when). Reads are audited.
enum StaffReads {
  /// The filters: school, role, status.
  static let filterParams: [ParamSpec] = [
    ParamSpec("school", "Only staff of this school.", schema: SharingSchemas.text),
    ParamSpec("role", "Only staff with this role.", schema: StaffSchemas.role),
    ParamSpec("status", "active or left.", schema: SharingSchemas.choices(StaffStatus.self)),
  ]

  /// The export columns, Dutch headers with `language: "nl"`.
  static let columns: [RegisterReads.Column] = [
    column("id", H.id),
    .init("status", Texts.Export.status),
    column("roles", H.roles),
    column("schools", H.schools),
    column("activeFrom", H.activeFrom),
    column("activeTo", H.activeTo),
    .init(H.instructions) { r in
      (r["instructions"]?.arrayValue ?? []).compactMap { i in
        guard let t = i["topic"]?.stringValue, let on = i["on"]?.stringValue else { return nil }
        return "\(t) \(on)"
      }.joined(separator: "; ")
    },
  ]

  /// The catalogue's headers.
  typealias H = Texts.Staff.Columns

  /// A column reading `key` under the catalogue's header.
  static func column(_ key: String, _ header: Text) -> RegisterReads.Column { .init(key, header) }

  /// The one `RegisterReads` instance for this register.
  static let reads = RegisterReads(
    register: Staff.name, noun: "staff member",
    recordSchema: StaffSchemas.member, filterParams: filterParams,
    filter: .records(filter), columns: columns, roles: StaffSchemas.readers, exampleID: "MW-1043",
    exampleRecord: ["id": "MW-1043", "status": "active", "roles": ["LERAAR", "ZORG"]], exampleCount: 4)

  /// The declarations of the four reads.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { reads.declarations(service) }

  /// The record predicate for the filter params.
  static func filter(_ p: Params, _ service: AvgdService) throws(RPCError) -> @Sendable (JSONObject) -> Bool {
    let school = try p.optionalString("school")
    let role = try p.optionalChoice("role", StaffRole.self)?.rawValue
    let status = try p.optionalChoice("status", StaffStatus.self)?.rawValue
    return { r in
      if let school, !(r["schools"]?.arrayValue ?? []).contains(.string(school)) { return false }
      if let role, !(r["roles"]?.arrayValue ?? []).contains(.string(role)) { return false }
      if let status, r["status"]?.stringValue != status { return false }
      return true
    }
  }
}
