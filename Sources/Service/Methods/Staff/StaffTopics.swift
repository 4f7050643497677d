import JSON
import JSONRPC
import Registers

/// `staff.topics`: the table of instruction topics with their interval and audience (duties.md
/// §6.3, D21), so a school can see what `staff.due` measures against.
enum StaffTopics {
  /// The `staff.topics` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.topics",
      summary: "The instruction topics: code, label (in the call's language), renewal interval in months, audience (roles; empty = all staff).",
      description: "One table, built in (duties.md §6.3). An instruction is valid for `months` months from its date; due from the day after.",
      params: [],
      result: ResultSpec("topics", schema: [
        "type": "object", "required": ["count", "topics"],
        "properties": [
          "count": ["type": "integer"],
          "topics": ["type": "array", "items": [
            "type": "object",
            "properties": [
              "code": ["type": "string"], "label": ["type": "string"], "months": ["type": "integer"],
              "audience": ["type": "array", "items": StaffSchemas.role], "basis": ["type": "string"],
            ],
          ]],
        ],
      ]),
      examples: [MethodExample("the table", params: [:], result: ["count": .int(InstructionTopic.all.count)])],
      roles: Role.anyone.names
    ) { _, _ in
      let topics: [JSONValue] = InstructionTopic.all.map { t in
        [
          "code": .string(t.code), "label": .string(t.label.string), "months": .int(t.months),
          "audience": .array(t.audience.map { .string($0.rawValue) }), "basis": .string(t.basis.string),
        ]
      }
      return ["count": .int(topics.count), "topics": .array(topics)]
    }
  }
}
