import JSON
import JSONRPC
import Registers
import Rules

/// `staff.coverage`: the share of staff instructed and still valid, per school and topic (duties.md
/// D23; the annual privacy report's staff figure, D33). Aggregates only: no staff ids.
enum StaffCoverage {
  /// The `staff.coverage` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "staff.coverage",
      summary: "Per school and topic: staff in scope, how many are instructed and valid, and the percentage.",
      description: """
        On `on` (default today), per school (staff in several schools count in each) and topic: `inScope` is the \
        staff in service whose roles need the topic, `instructed` those whose last instruction is still valid, \
        `percent` = instructed / inScope in whole percent, rounded down (a gap never shows as 100). Staff within \
        the grace period count as not yet instructed. Rows with nobody in scope are left out.
        """,
      params: [
        ParamSpec("on", "The date (default today).", schema: SharingSchemas.date),
        ParamSpec("school", "Only this school.", schema: SharingSchemas.text),
        ParamSpec("topic", "Only this topic.", schema: StaffSchemas.topic),
      ],
      result: ResultSpec("coverage", schema: [
        "type": "object", "required": ["on", "rows"],
        "properties": [
          "on": SharingSchemas.date, "count": ["type": "integer"],
          "rows": ["type": "array", "items": [
            "type": "object",
            "properties": [
              "school": ["type": "string"], "topic": StaffSchemas.topic, "topicLabel": ["type": "string"],
              "inScope": ["type": "integer"], "instructed": ["type": "integer"], "percent": ["type": "integer"],
            ],
          ]],
        ],
      ]),
      examples: [
        MethodExample("the basic AVG instruction: two of three in service",
          params: ["topic": "AVG_BASIS"],
          result: ["on": "2026-11-29", "count": 1, "rows": [["school": "Brederocollege", "inScope": 3, "instructed": 2, "percent": 66]]])
      ],
      roles: StaffSchemas.coverageReaders.names
    ) { p, _ in
      let on = try p.optionalDate("on") ?? service.today
      let school = try p.optionalText("school")
      let code = try p.optionalText("topic")
      if let code { _ = try StaffSchemas.topic(code) }
      let grace = service.staffGraceDays
      let rows = try service.ledger.read(Staff.name) { r throws(RPCError) in
        StaffDue.coverage(on: on, school: school, graceDays: grace, in: r).filter { code == nil || $0["topic"]?.stringValue == code }
      }
      return ["on": .string(on.description), "count": .int(rows.count), "rows": .array(rows.map(JSONValue.object))]
    }
  }
}
