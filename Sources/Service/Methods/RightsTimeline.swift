import JSON
import JSONRPC
import Rules

/// `rights.timeline`: the dated changes of holders (16th and 18th birthday) in a period (issue 4).
enum RightsTimeline {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "rights.timeline",
      summary: "The dates on which a student's right holders change (16th and 18th birthday) between two dates.",
      description: """
        At 16 the student takes over the AVG rights and consent (UAVG art. 5(1)) and also receives results; \
        at 18 (BW 1:233) results go to the student alone, parents only with the student's recorded consent. \
        `from` defaults to the birth date and `to` to the 18th birthday, so the whole timeline is returned; \
        both ends are inclusive and may be dates or instants (their Europe/Amsterdam date counts).
        """,
      params: [
        ParamSpec("birthDate", required: true, "The student's date of birth.", schema: RulesJSON.dateSchema),
        ParamSpec("from", "First date considered (inclusive); default the birth date.", schema: RulesJSON.dateOrInstantSchema),
        ParamSpec("to", "Last date considered (inclusive); default the 18th birthday.", schema: RulesJSON.dateOrInstantSchema),
      ],
      result: ResultSpec("timeline", schema: schema),
      errors: [ErrorSpec(.invalidParams, "A bad date or instant, or `to` before `from`.")],
      examples: RulesExamples.rightsTimeline,
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly
    ) { params, _ in
      let birthDate = try RulesParams.date(params, "birthDate")
      let convention = RulesParams.convention(service)
      let from = try RulesParams.optionalDateOrInstant(params, "from") ?? birthDate
      let to = try RulesParams.optionalDateOrInstant(params, "to") ?? anniversary(of: birthDate, years: 18, convention: convention)
      let changes = try RulesParams.rule { () throws(RuleError) in
        try RightHolder.timeline(birthDate: birthDate, from: from, to: to, convention: convention)
      }
      return [
        "birthDate": RulesJSON.date(birthDate), "from": RulesJSON.date(from), "to": RulesJSON.date(to),
        "dates": .array(changes.map { RulesJSON.date($0.on) }),
        "changes": .array(changes.map { c in
          ["on": RulesJSON.date(c.on), "age": .int(c.age), "description": .string(c.description),
           "rights": .array(c.rights.map(RulesJSON.entry))]
        }),
      ]
    }
  }

  static let schema: JSONValue = [
    "type": "object", "required": ["birthDate", "from", "to", "dates", "changes"],
    "properties": [
      "birthDate": RulesJSON.dateSchema, "from": RulesJSON.dateSchema, "to": RulesJSON.dateSchema,
      "dates": ["type": "array", "items": RulesJSON.dateSchema],
      "changes": [
        "type": "array",
        "items": [
          "type": "object", "required": ["on", "age", "description", "rights"],
          "properties": [
            "on": RulesJSON.dateSchema, "age": ["type": "integer"], "description": ["type": "string"],
            "rights": ["type": "array", "items": RulesJSON.entrySchema],
          ],
        ],
      ],
    ],
  ]
}
