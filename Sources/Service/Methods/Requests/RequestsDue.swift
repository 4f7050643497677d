import JSON
import JSONRPC
import Registers
import Rules

/// `requests.due`: the privacy officer's morning list — requests still owed an answer that are
/// overdue or due within `within` days (AVG art. 12(3); effective due date, Amsterdam dates).
/// The list names students, so each answer is audited with the request ids it returned (AVG art. 5(2)).
enum RequestsDue {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.due",
      summary: "Requests overdue or due within N days (default 7), soonest first, with daysLeft (negative = overdue).",
      description: "Counts against the effective due date: `extendedDueOn` after an extension, else `dueOn`. Pending means open, extended, holderChanged or decided but not yet sent. `on` defaults to today (Europe/Amsterdam).",
      params: [
        ParamSpec("within", "Days ahead to include (default 7).", schema: ["type": "integer", "minimum": 0, "maximum": 366]),
        ParamSpec("on", "The date to count from (default today).", schema: RequestSchemas.date),
      ],
      result: ResultSpec("due list", schema: [
        "type": "object", "required": ["on", "within", "overdue", "items"],
        "properties": [
          "on": RequestSchemas.date, "within": ["type": "integer"], "overdue": ["type": "integer"],
          "items": ["type": "array", "items": [
            "type": "object",
            "properties": [
              "id": ["type": "string"], "type": ["type": "string"], "status": ["type": "string"], "studentId": ["type": "string"],
              "dueOn": RequestSchemas.date, "daysLeft": ["type": "integer"], "overdue": ["type": "boolean"],
              "extended": ["type": "boolean"], "school": ["type": "string"],
            ],
          ]],
        ],
      ]),
      examples: RequestExamples.due,
      roles: RequestSchemas.readers.names, audit: .resultItems("items")
    ) { p, context in
      let on = try p.optionalDate("on") ?? service.today
      let within = try p.optionalInt("within") ?? 7
      // The index holds the pending requests by effective due date: only those due by on + within.
      let bound = Int64(on.daysSinceEpoch + within)
      let records = try service.ledger.read("requests") { r throws(RPCError) in
        r.indexed(upTo: bound) ?? r.all(where: { _ in true })
      }
      let entries = DueList.entries(records, on: on, within: within)
      return [
        "on": .string(on.description), "within": .int(within), "overdue": .int(entries.filter { $0.daysLeft < 0 }.count),
        "items": .array(entries.map(\.json)),
      ]
    }
  }
}
