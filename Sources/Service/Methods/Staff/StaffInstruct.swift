import JSON
import JSONRPC
import Registers
import Rules

/// `staff.instruct`: records that staff members were instructed on a topic on a date (AVG art.
/// 32(4), 39(1)(b); art. 5(2): the school can show who knows the breach-reporting duty and the rest).
enum StaffInstruct {
  /// The `staff.instruct` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.instruct",
      summary: "Record that staff members were instructed on a topic on a date (one session, one or more attendees).",
      description: """
        Each attendee is `{id, role?, school?}`. Someone not yet known is registered with that role and school, in \
        service from `on` (role and school are then required: -32602). A new role or school of a known member is \
        added. The instruction is valid for the topic's interval (`staff.topics`) through `validThrough`, and due \
        again from the day after. The same topic on the same date again changes nothing. Someone who left: 1002. \
        `on` in the future, an unknown topic or an attendee twice: -32602.
        """,
      params: [
        ParamSpec("topic", required: true, "The topic code (staff.topics).", schema: StaffSchemas.topic),
        ParamSpec("on", "When the instruction was given. Default: today (the service's clock, Amsterdam); the answer shows the date used.", schema: SharingSchemas.date),
        ParamSpec("staff", required: true, "The attendees: [{id, role?, school?}].", schema: [
          "type": "array", "minItems": 1,
          "items": [
            "type": "object", "required": ["id"], "additionalProperties": false,
            "properties": ["id": SharingSchemas.text, "role": StaffSchemas.role, "school": SharingSchemas.text],
          ],
        ]),
      ],
      result: ResultSpec("instructed", schema: [
        "type": "object", "required": ["topic", "on", "validThrough", "count", "items"],
        "properties": [
          "topic": StaffSchemas.topic, "on": SharingSchemas.date, "validThrough": SharingSchemas.date,
          "count": ["type": "integer"], "items": ["type": "array", "items": StaffSchemas.member],
        ],
      ]),
      errors: [ErrorSpec(.invalidTransition, "an attendee has left")],
      examples: [
        MethodExample("breach reporting, a year and a day ago",
          params: ["topic": "DATALEK_MELDEN", "on": "2025-11-28", "staff": [["id": "MW-1043"]]],
          result: ["topic": "DATALEK_MELDEN", "validThrough": "2026-11-28", "count": 1]),
        MethodExample("the start-of-year session; a new teacher is registered by it",
          params: [
            "topic": "AVG_BASIS", "on": "2026-09-01",
            "staff": [["id": "MW-1043"], ["id": "MW-3050", "role": "LERAAR", "school": "Brederocollege"]],
          ],
          result: ["validThrough": "2027-09-01", "count": 2, "items": [["id": "MW-1043"], ["id": "MW-3050", "activeFrom": "2026-09-01"]]]),
      ],
      roles: StaffSchemas.writers.names
    ) { p, context in
      let topic: InstructionTopic
      let code = try p.text("topic")
      topic = try StaffSchemas.topic(code)
      let on = try p.date("on", orToday: service)
      var attendees: [Staff.Attendee] = []
      for (i, v) in (p.value("staff")?.arrayValue ?? []).enumerated() {
        let a = Params(v.objectValue ?? JSONObject(), path: "staff[\(i)]")
        attendees.append(.init(id: try a.text("id"), role: try a.optionalChoice("role", StaffRole.self), school: try a.optionalText("school")))
      }
      let now = service.nowInstant
      let changes = try service.ledger.writeAll(Staff.name, actor: context.peer.actor, at: Amsterdam.format(now)) { r throws(RegisterError) in
        try Staff.instruct(attendees, topic: topic, on: on, in: r, now: now, by: context.peer.actor)
      }
      return [
        "topic": .string(topic.code), "on": .string(on.description), "validThrough": .string(topic.validThrough(instructedOn: on).description),
        "count": .int(changes.count), "items": .array(changes.map { .object($0.record) }),
      ]
    }
  }
}
