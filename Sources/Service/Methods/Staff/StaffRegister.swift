import JSON
import JSONRPC
import Registers
import Wording
import Rules

/// `staff.register`: makes a staff member known to the instruction register with an opaque id, roles
/// and schools (duties.md D23: no more personal data than that, AVG art. 5(1)(c)), so a missing
/// instruction shows up in `staff.due` (D22).
enum StaffRegister {
  /// The `staff.register` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.register",
      summary: "Register a staff member (id, roles, schools, start), or update one in service.",
      description: """
        The id is the school's own staff id (no names). A known id in service is updated (roles, schools, start \
        replaced; instructions kept); one who left is 1002 (register a returning member under a new id). From \
        `activeFrom` plus the grace period (setting `staffInstructionGraceDays`, default 30) every topic the \
        roles need is due until instructed. Board-level staff use the school `bestuur`. No role or no school: -32602.
        """,
      params: [
        ParamSpec("id", required: true, "The school's staff id.", schema: SharingSchemas.text),
        ParamSpec("roles", required: true, "Roles: LERAAR, ONDERSTEUNING, ADMINISTRATIE, DIRECTIE, ZORG, HR, ICT, VERTROUWENSPERSOON, STAGIAIR, VRIJWILLIGER, OVERIG.", schema: ["type": "array", "minItems": 1, "items": StaffSchemas.role]),
        ParamSpec("schools", required: true, "The schools (or bestuur).", schema: SharingSchemas.strings),
        ParamSpec("activeFrom", required: true, "In service from.", schema: SharingSchemas.date),
      ],
      result: ResultSpec("member", schema: StaffSchemas.member),
      errors: [ErrorSpec(.invalidTransition, "the staff member has left")],
      examples: [
        MethodExample("a teacher who is also zorgcoördinator",
          params: ["id": "MW-1043", "roles": ["LERAAR", "ZORG"], "schools": ["Brederocollege"], "activeFrom": "2024-08-15"],
          result: ["id": "MW-1043", "status": "active", "roles": ["LERAAR", "ZORG"], "instructions": []]),
        MethodExample("a new administration employee, started this month",
          params: ["id": "MW-2001", "roles": ["ADMINISTRATIE"], "schools": ["Brederocollege"], "activeFrom": "2026-11-01"],
          result: ["id": "MW-2001", "status": "active"]),
        MethodExample("a teacher who is about to leave",
          params: ["id": "MW-0999", "roles": ["LERAAR"], "schools": ["Brederocollege"], "activeFrom": "2019-08-01"],
          result: ["id": "MW-0999", "status": "active"]),
      ],
      roles: StaffSchemas.writers.names
    ) { p, context in
      let id = try p.text("id")
      let roles = try roles(p)
      let schools = try p.optionalStrings("schools") ?? []
      let from = try p.date("activeFrom")
      let now = service.nowInstant
      return .object(try service.ledger.write(Staff.name, actor: context.peer.actor, at: Amsterdam.format(now)) { r throws(RegisterError) in
        try Staff.register(id: id, roles: roles, schools: schools, activeFrom: from, in: r, now: now, by: context.peer.actor)
      })
    }
  }

  /// The `roles` param: the one reader of a staff member's roles, also for `staff.correct`.
  static func roles(_ p: Params) throws(RPCError) -> [StaffRole] {
    var roles: [StaffRole] = []
    for (i, v) in (p.value("roles")?.arrayValue ?? []).enumerated() {
      guard let r = v.stringValue.flatMap(StaffRole.init(rawValue:)) else {
        throw p.invalid("roles[\(i)]", Texts.Staff.unknownRole(StaffRole.allCases.map(\.rawValue).joined(separator: ", ")).string)
      }
      roles.append(r)
    }
    return roles
  }
}
