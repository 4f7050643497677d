import JSON
import JSONRPC
import Rules

/// `deadlines.request`: the answer deadline of a data-subject request (AVG art. 12(3), Reg. 1182/71 art. 3).
enum DeadlinesRequest {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "deadlines.request",
      summary: "The one-month answer deadline of a data-subject request, and the extended three-month deadline.",
      description: """
        Per Reg. (EEC, Euratom) 1182/71 art. 3: the day of receipt does not count; the period ends on the \
        same date one month later, or on that month's last day (`baseDueOn`); a Saturday, Sunday or Dutch \
        public holiday (Algemene termijnenwet art. 3) moves it to the next working day (`dueOn`, with \
        `rolledOver` saying which days were skipped). `dueBy` is the end of `dueOn` in Europe/Amsterdam \
        (23:59:59 local). Give `receivedAt` (an instant; its Amsterdam date counts) or `receivedOn`. \
        With `extended: true` the AVG art. 12(3) extension is added: three months from receipt, same \
        rules, plus the chained reading (first `baseDueOn` + 2 months) flagged as the conservative target.
        """,
      params: [
        ParamSpec("receivedAt", "When the request reached the school (RFC 3339 with offset).", schema: RulesJSON.instantSchema),
        ParamSpec("receivedOn", "The Amsterdam date of receipt, when the moment is not known.", schema: RulesJSON.dateSchema),
        ParamSpec("extended", "Also compute the extended (three-month) deadline; default false.", schema: ["type": "boolean"]),
      ],
      result: ResultSpec("deadline", schema: schema),
      errors: [ErrorSpec(.invalidParams, "Neither or both of `receivedAt`/`receivedOn`, a bad date or instant, or a year outside 1900–2200.")],
      examples: [
        MethodExample(
          "Easter Monday pushes the due date", params: ["receivedOn": "2026-03-05"],
          result: RulesJSON.literal(
            #"""
            {
              "receivedOn": "2026-03-05",
              "baseDueOn": "2026-04-05",
              "dueOn": "2026-04-07",
              "dueBy": "2026-04-07T23:59:59+02:00",
              "rolledOver": [
                {"date": "2026-04-05", "reason": "2026-04-05 is a Sunday"},
                {"date": "2026-04-06", "reason": "2026-04-06 is Easter Monday (Tweede Paasdag)"}
              ]
            }
            """#)),
        MethodExample(
          "month end and the extension", params: ["receivedOn": "2026-01-31", "extended": true],
          result: RulesJSON.literal(
            #"""
            {
              "receivedOn": "2026-01-31",
              "baseDueOn": "2026-02-28",
              "dueOn": "2026-03-02",
              "dueBy": "2026-03-02T23:59:59+01:00",
              "rolledOver": [
                {"date": "2026-02-28", "reason": "2026-02-28 is a Saturday"},
                {"date": "2026-03-01", "reason": "2026-03-01 is a Sunday"}
              ],
              "extendedBaseDueOn": "2026-04-30",
              "extendedDueOn": "2026-04-30",
              "extendedDueBy": "2026-04-30T23:59:59+02:00",
              "extendedRolledOver": [],
              "chainedExtendedDueOn": "2026-04-28",
              "chainedIsEarlier": true
            }
            """#)),
        MethodExample(
          "received just before midnight UTC", params: ["receivedAt": "2026-03-14T23:30:00Z"],
          result: RulesJSON.literal(
            #"""
            {
              "receivedAt": "2026-03-15T00:30:00+01:00",
              "receivedOn": "2026-03-15",
              "baseDueOn": "2026-04-15",
              "dueOn": "2026-04-15",
              "dueBy": "2026-04-15T23:59:59+02:00",
              "rolledOver": []
            }
            """#)),
      ],
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly
    ) { params, _ in
      let at = params.has("receivedAt") ? try RulesParams.instant(params, "receivedAt") : nil
      let on = params.has("receivedOn") ? try RulesParams.date(params, "receivedOn") : nil
      let extended = try params.optionalBool("extended") ?? false
      let r: RequestDeadline
      switch (at, on) {
      case (let at?, nil): r = try RulesParams.rule { () throws(RuleError) in try Deadlines.request(receivedAt: at) }
      case (nil, let on?): r = try RulesParams.rule { () throws(RuleError) in try Deadlines.request(receivedOn: on) }
      case (.some, .some): throw params.invalid("receivedOn", "give either receivedAt or receivedOn, not both")
      case (nil, nil): throw params.invalid("receivedAt", "is required: give receivedAt (an instant) or receivedOn (a date)")
      }
      var o: JSONObject = [:]
      if let at { o["receivedAt"] = RulesJSON.instant(at) }
      o["receivedOn"] = RulesJSON.date(r.receivedOn)
      o["baseDueOn"] = RulesJSON.date(r.baseDueOn)
      o["dueOn"] = RulesJSON.date(r.dueOn)
      o["dueBy"] = RulesJSON.instant(r.dueBy)
      o["rolledOver"] = RulesJSON.skipped(r.rolledOver)
      if extended {
        o["extendedBaseDueOn"] = RulesJSON.date(r.extendedBaseDueOn)
        o["extendedDueOn"] = RulesJSON.date(r.extendedDueOn)
        o["extendedDueBy"] = RulesJSON.instant(r.extendedDueBy)
        o["extendedRolledOver"] = RulesJSON.skipped(r.extendedRolledOver)
        o["chainedExtendedDueOn"] = RulesJSON.date(r.chainedExtendedDueOn)
        o["chainedIsEarlier"] = .bool(r.chainedIsEarlier)
      }
      return .object(o)
    }
  }

  static let schema: JSONValue = [
    "type": "object", "required": ["receivedOn", "baseDueOn", "dueOn", "dueBy", "rolledOver"],
    "properties": [
      "receivedAt": RulesJSON.instantSchema, "receivedOn": RulesJSON.dateSchema, "baseDueOn": RulesJSON.dateSchema,
      "dueOn": RulesJSON.dateSchema, "dueBy": RulesJSON.instantSchema, "rolledOver": RulesJSON.skippedSchema,
      "extendedBaseDueOn": RulesJSON.dateSchema, "extendedDueOn": RulesJSON.dateSchema,
      "extendedDueBy": RulesJSON.instantSchema, "extendedRolledOver": RulesJSON.skippedSchema,
      "chainedExtendedDueOn": RulesJSON.dateSchema, "chainedIsEarlier": ["type": "boolean"],
    ],
  ]
}
