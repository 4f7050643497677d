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
      examples: [
        MethodExample(
          "16th birthday, `on` given as an instant (its Amsterdam date counts)", params: ["birthDate": "2010-03-15", "on": "2026-03-14T23:30:00Z"],
          result: RulesJSON.literal(
            #"""
            {
              "age": 16,
              "on": "2026-03-15",
              "rights": [
                {"right": "access", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 15; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right of access personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "rectification", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 16; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to rectification personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "erasure", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 17; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to erasure personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "restriction", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 18; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to restriction of processing personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "objection", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 21; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to object personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "portability", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 20; UAVG art. 5(1) by analogy", "sentence": "From 16 the student exercises the right to data portability personally; parents no longer act for the student."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "consent", "holders": ["student"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) and 7; UAVG art. 5(1)", "sentence": "From 16 the student gives and withdraws consent personally."}, "since": "2026-03-15", "parentsWithStudentConsent": false},
                {"right": "results", "holders": ["parents", "student"], "basis": {"law": "WPO / WVO 2020 / WEC / AVG", "article": "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20; AVG art. 15; BW 1:233", "sentence": "Parents are informed about progress until the 18th birthday; from 16 the student also sees their results through the right of access."}, "since": "2026-03-15", "until": "2028-03-15", "parentsWithStudentConsent": false}
              ],
              "nextChange": {"on": "2028-03-15", "age": 18, "description": "At 18 the student is of age (BW 1:233): results go to the student alone; parents only with the student's recorded consent."}
            }
            """#)),
        MethodExample(
          "today by default; born 29 February", params: ["birthDate": "2012-02-29"],
          result: RulesJSON.literal(
            #"""
            {
              "age": 14,
              "on": "2026-11-29",
              "rights": [
                {"right": "access", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 15; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right of access for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "rectification", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 16; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to rectification for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "erasure", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 17; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to erasure for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "restriction", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 18; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to restriction of processing for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "objection", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 21; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to object for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "portability", "holders": ["parents"], "basis": {"law": "AVG / UAVG / BW", "article": "AVG art. 20; UAVG art. 5(1) by analogy; BW 1:245(4)", "sentence": "Under 16 the legal representatives (parents with authority, guardians) exercise the right to data portability for the student."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "consent", "holders": ["parents"], "basis": {"law": "AVG / UAVG", "article": "AVG art. 6(1)(a) and 7; UAVG art. 5(1)", "sentence": "Under 16 the consent of the legal representative (parent with authority or guardian) replaces the student's consent."}, "until": "2028-02-29", "parentsWithStudentConsent": false},
                {"right": "results", "holders": ["parents"], "basis": {"law": "WPO / WVO 2020 / WEC", "article": "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20", "sentence": "The school informs the parents about the progress of a student under 16."}, "until": "2028-02-29", "parentsWithStudentConsent": false}
              ],
              "nextChange": {"on": "2028-02-29", "age": 16, "description": "At 16 the student takes over the AVG rights and consent from the parents (UAVG art. 5(1)) and also receives results; parents keep receiving results until 18."}
            }
            """#)),
      ],
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
