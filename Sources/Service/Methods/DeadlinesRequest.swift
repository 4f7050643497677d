import JSON
import JSONRPC
import Rules
import Wording

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
      examples: RulesExamples.deadlinesRequest,
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
      case (.some, .some): throw params.invalid("receivedOn", Texts.Dates.receivedBoth)
      case (nil, nil): throw params.invalid("receivedAt", Texts.Dates.receivedNeither)
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
