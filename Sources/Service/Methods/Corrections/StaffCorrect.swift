import JSON
import JSONRPC
import Registers
import Rules

/// `staff.correct` (issue 16 §6): facts of a staff record entered wrongly (roles, schools, start,
/// end, the instructions' topics and dates) are corrected with a reason (AVG art. 16 on the
/// register; art. 5(2): the school shows who was instructed when). The record goes through
/// `staff.register`, `staff.instruct` and `staff.leave` again, so each instruction's
/// `validThrough` (when it is due again, D22) follows a corrected date.
enum StaffCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "staff.correct", register: Staff.name, reading: nil, resultName: "member", recordSchema: StaffSchemas.member,
    fieldProperties: [
      "roles": ["type": "array", "minItems": 1, "items": StaffSchemas.role], "schools": SharingSchemas.strings,
      "activeFrom": SharingSchemas.date, "activeTo": SharingSchemas.date,
      "instructions": [
        "type": "array",
        "items": [
          "type": "object", "required": ["topic", "on"],
          "properties": ["topic": StaffSchemas.topic, "on": SharingSchemas.date],
        ],
      ],
    ],
    summary: "Correct facts of a staff record entered wrongly (roles, schools, dates, instructions) with a reason; validThrough is recomputed.",
    description: """
      AVG art. 16 applies to the register too. `fields` may hold `roles`, `schools`, `activeFrom` (as in \
      `staff.register`), `activeTo` (as in `staff.leave`, only for someone who left) and `instructions` (the whole \
      list, `[{topic, on}]`, each as in `staff.instruct`); each new value is checked as those methods check it \
      (-32602 on `fields.<path>`). Each instruction's `validThrough` is recomputed from its topic and date, so \
      `staff.due` follows the correction. Refused with -32602 on `fields.<name>` and the reason: the id (the \
      school's staff id), the status and the trace. The event `staff.corrected` (`staff.history`) holds the old and \
      new values and the reason.
      """,
    roles: StaffSchemas.writers, scope: nil,
    examples: [
      MethodExample("the teacher started on 19 August, not 15 August",
        params: ["id": "MW-1043", "fields": ["activeFrom": "2024-08-19"], "reason": "invoerfout"],
        result: [
          "member": ["id": "MW-1043", "activeFrom": "2024-08-19"],
          "correction": [
            "reason": "invoerfout",
            "fields": [["field": "activeFrom", "old": "2024-08-15", "new": "2024-08-19"]],
          ],
        ])
    ],
    fields: { Staff.correctable }, derived: Staff.derived,
    rerun: { r, env throws(RegisterError) in
      let p = CorrectionMethod.params(r)
      let (roles, schools, from, to) = try CorrectionMethod.reading { () throws(RPCError) in
        (try StaffRegister.roles(p), try p.optionalStrings("schools") ?? [], try p.date("activeFrom"), try p.optionalDate("activeTo"))
      }
      var instructions: [(InstructionTopic, CivilDate)] = []
      for (i, v) in (r.merged["instructions"]?.arrayValue ?? []).enumerated() {
        let e = Params(v.objectValue ?? JSONObject(), path: p.field("instructions[\(i)]"))
        let (code, on) = try CorrectionMethod.reading { () throws(RPCError) in (try e.text("topic"), try e.date("on")) }
        instructions.append((try InstructionTopic.lookup(code, field: e.field("topic")), on))
      }
      return try Staff.corrected(
        id: r.before["id"]?.stringValue ?? "", roles: roles, schools: schools, activeFrom: from, instructions: instructions,
        activeTo: to, left: r.before["status"]?.stringValue == StaffStatus.left.rawValue, now: env.now, by: env.actor)
    })
}
