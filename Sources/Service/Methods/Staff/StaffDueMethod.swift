import JSON
import JSONRPC
import Registers
import Rules

/// `staff.due`: whose instruction on which topic is missing or expired (duties.md D22), so the
/// school can plan the next session (AVG art. 32(4), 39(1)(b)).
enum StaffDueMethod {
  /// The `staff.due` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.due",
      summary: "Staff whose instruction on a topic is missing or expired, on a date.",
      description: """
        Staff in service on `on` (default today; from `activeFrom`, until the leave date) are checked against every \
        topic their roles need (`staff.topics`). `missing`: never instructed, due from `activeFrom` + the grace \
        period (setting `staffInstructionGraceDays`, default 30); staff who are known only from `staff.instruct` \
        count from their first instruction. `expired`: the last instruction + the topic's interval is before `on` \
        (an instruction of 2025-11-28 with 12 months is valid through 2026-11-28 and due on 2026-11-29). \
        `dueSince` is the first day it was due; `text` says it in Dutch. By staff id, then topic order.
        """,
      params: [
        ParamSpec("on", "The date (default today).", schema: SharingSchemas.date),
        ParamSpec("school", "Only staff of this school.", schema: SharingSchemas.text),
        ParamSpec("topic", "Only this topic.", schema: StaffSchemas.topic),
      ],
      result: ResultSpec("due", schema: [
        "type": "object", "required": ["on", "count", "items"],
        "properties": [
          "on": SharingSchemas.date, "count": ["type": "integer"],
          "items": ["type": "array", "items": [
            "type": "object",
            "properties": [
              "staffId": ["type": "string"], "roles": ["type": "array"], "schools": ["type": "array"], "topic": StaffSchemas.topic,
              "topicLabel": ["type": "string"], "reason": SharingSchemas.choices(StaffDue.Reason.self),
              "dueSince": SharingSchemas.date, "lastInstructedOn": SharingSchemas.date, "text": ["type": "string"],
            ],
          ]],
        ],
      ]),
      examples: [
        MethodExample("breach reporting: one expired yesterday, one never instructed",
          params: ["topic": "DATALEK_MELDEN"],
          result: [
            "on": "2026-11-29", "count": 2,
            "items": [
              ["staffId": "MW-1043", "reason": "expired", "lastInstructedOn": "2025-11-28", "dueSince": "2026-11-29"],
              ["staffId": "MW-3050", "reason": "missing", "dueSince": "2026-10-01"],
            ],
          ]),
        MethodExample("everything due at the Brederocollege (the new administration employee is still within the grace period)",
          params: ["school": "Brederocollege"], result: ["count": 15]),
      ],
      roles: StaffSchemas.readers.names, audit: .resultItems("items", idMember: "staffId")
    ) { p, context in
      let on = try p.optionalDate("on") ?? service.today
      let school = try p.optionalText("school")
      let topic: InstructionTopic?
      if let code = try p.optionalText("topic") {
        topic = try StaffSchemas.topic(code)
      } else { topic = nil }
      let grace = service.staffGraceDays
      let items = try service.ledger.read(Staff.name) { r throws(RPCError) in
        StaffDue.list(on: on, school: school, topic: topic, graceDays: grace, in: r)
      }
      var ids: [String] = []
      for i in items { if let id = i["staffId"]?.stringValue, !ids.contains(id) { ids.append(id) } }
      return ["on": .string(on.description), "count": .int(items.count), "items": .array(items.map(JSONValue.object))]
    }
  }
}
