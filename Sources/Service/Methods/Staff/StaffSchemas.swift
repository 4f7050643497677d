import JSON
import JSONRPC
import Registers
import Rules

/// Schemas and roles shared by the `staff.*` declarations (Protocol/staff.md; AVG art. 32(4),
/// 39(1)(b); duties.md §6).
enum StaffSchemas {
  /// A role code.
  static let role: JSONValue = SharingSchemas.choices(StaffRole.self)
  /// A topic code of the table (`InstructionTopic.all`).
  static let topic: JSONValue = ["enum": .array(InstructionTopic.all.map { .string($0.code) })]

  /// Schema of one staff record.
  static let member: JSONValue = [
    "type": "object", "required": ["id", "status", "roles", "schools", "activeFrom", "instructions"],
    "properties": [
      "id": ["type": "string"], "status": SharingSchemas.choices(StaffStatus.self),
      "roles": ["type": "array", "items": role], "schools": ["type": "array", "items": ["type": "string"]],
      "activeFrom": SharingSchemas.date, "activeTo": SharingSchemas.date,
      "instructions": ["type": "array", "items": [
        "type": "object", "properties": ["topic": topic, "on": SharingSchemas.date, "validThrough": SharingSchemas.date],
      ]],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// The topic with `code`, or -32602 on `topic` listing the codes.
  static func topic(_ code: String) throws(RPCError) -> InstructionTopic {
    do throws(RegisterError) { return try InstructionTopic.lookup(code, field: "topic") } catch { throw error.rpcError }
  }

  /// Who records staff and instructions: the privacy officer and the administration (which holds
  /// the personnel links). Management plans the instruction and reads due lists and coverage.
  static let writers: [Role] = Role.registerWriters
  /// Who reads staff records and the due list (staff ids: personal data, reads audited).
  static let readers: [Role] = [.privacyOfficer, .administration, .management]
  /// Who reads coverage (aggregates only): the privacy officer and management (annual report, D33).
  static let coverageReaders: [Role] = [.privacyOfficer, .management]
}

extension AvgdService {
  /// The grace period before a new staff member's missing instruction is due (D22).
  var staffGraceDays: Int { max(0, configuration.staffInstructionGraceDays) }
}
