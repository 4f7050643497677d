import JSON
import JSONRPC
import Rules

/// `rights.resolve`: who holds each right over a student's data on a date (issue 4).
enum RightsResolve {
  /// The shared `rights`/`nextChange` members per (birth date, convention, phase).
  static let cache = RightsResolveCache()

  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "rights.resolve",
      summary: "Who holds each AVG right, consent and results for a student on a date, and when that next changes.",
      description: """
        Channel A (AVG art. 15–21 rights and consent): the parents (legal representatives: parents with \
        authority, guardians) under 16, the student from 16 (UAVG art. 5(1)). Channel B (results and \
        progress, WPO art. 11 / WVO art. 23b, now WVO 2020 [article unverified] / WEC art. 20): parents until the 18th birthday, the \
        student also from 16; from 18 (BW 1:233) the student alone, parents only with the student's \
        recorded consent (`parentsWithStudentConsent`). Age changes at 00:00 Europe/Amsterdam on the \
        birthday; a 29 February birthday counts from 1 March in a non-leap year unless configured to \
        28 February. `on` defaults to today in Europe/Amsterdam; an instant counts by its Amsterdam date.
        """,
      params: [
        ParamSpec("birthDate", required: true, "The student's date of birth.", schema: RulesJSON.dateSchema),
        ParamSpec("on", "The date evaluated (date or instant); default today in Europe/Amsterdam.", schema: RulesJSON.dateOrInstantSchema),
      ],
      result: ResultSpec("resolution", schema: schema),
      errors: [ErrorSpec(.invalidParams, "A date that does not exist, a wrong format, an instant without offset, or a birth date after `on`.")],
      examples: RulesExamples.rightsResolve,
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly,
      encodedHandler: { params, _ in try answer(params, service).encoded }
    ) { params, _ in try answer(params, service).value }
  }

  /// The answer for `params` (from `cache`).
  static func answer(_ params: Params, _ service: AvgdService) throws -> RightsResolveCache.Answer {
    let birthDate = try RulesParams.date(params, "birthDate")
    let on = try RulesParams.optionalDateOrInstant(params, "on") ?? RulesParams.today(service)
    let convention = RulesParams.convention(service)
    return try RulesParams.rule { () throws(RuleError) in
      try cache.answer(birthDate: birthDate, on: on, convention: convention)
    }
  }

  static let schema: JSONValue = [
    "type": "object", "required": ["age", "on", "rights"],
    "properties": [
      "age": ["type": "integer", "minimum": 0], "on": RulesJSON.dateSchema,
      "rights": ["type": "array", "items": RulesJSON.entrySchema],
      "nextChange": [
        "type": "object", "required": ["on", "age", "description"],
        "properties": ["on": RulesJSON.dateSchema, "age": ["type": "integer"], "description": ["type": "string"]],
      ],
    ],
  ]
}
