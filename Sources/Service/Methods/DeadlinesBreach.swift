import JSON
import JSONRPC
import Rules

/// `deadlines.breach`: the latest moment to notify the AP of a data breach (AVG art. 33(1)).
enum DeadlinesBreach {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "deadlines.breach",
      summary: "The 72-hour deadline to notify the Autoriteit Persoonsgegevens of a breach.",
      description: """
        Exactly 72 elapsed hours after the controller became aware (AVG art. 33(1)); no weekend or \
        holiday roll-over (Reg. 1182/71 art. 3(4) does not apply to periods in hours). Written in the \
        Europe/Amsterdam offset in force at that moment, so across a DST change the wall clock shows \
        71 or 73 hours later. A later notification must give the reasons for the delay.
        """,
      params: [
        ParamSpec("awareAt", required: true, "When the school became aware (RFC 3339 with offset).", schema: RulesJSON.instantSchema)
      ],
      result: ResultSpec(
        "deadline",
        schema: [
          "type": "object", "required": ["awareAt", "reportBy", "hours"],
          "properties": ["awareAt": RulesJSON.instantSchema, "reportBy": RulesJSON.instantSchema, "hours": ["const": 72]],
        ]),
      errors: [ErrorSpec(.invalidParams, "`awareAt` is not an RFC 3339 instant with an offset.")],
      examples: [
        MethodExample(
          "across the end of summer time", params: ["awareAt": "2026-10-24T10:00:00+02:00"],
          result: ["awareAt": "2026-10-24T10:00:00+02:00", "reportBy": "2026-10-27T09:00:00+01:00", "hours": 72]),
        MethodExample(
          "across the start of summer time", params: ["awareAt": "2026-03-27T10:15:00+01:00"],
          result: ["awareAt": "2026-03-27T10:15:00+01:00", "reportBy": "2026-03-30T11:15:00+02:00", "hours": 72]),
      ],
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly
    ) { params, _ in
      let aware = try RulesParams.instant(params, "awareAt")
      return [
        "awareAt": RulesJSON.instant(aware),
        "reportBy": RulesJSON.instant(Deadlines.breach(awareAt: aware)),
        "hours": .int(Int(Deadlines.breachHours)),
      ]
    }
  }
}
