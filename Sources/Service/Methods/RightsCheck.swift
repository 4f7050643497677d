import JSON
import JSONRPC
import Rules

/// `rights.check`: may this requester exercise this right on this date (issue 4, rules.md §1.2)?
enum RightsCheck {
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "rights.check",
      summary: "Whether a requester (student, parent, guardian, ...) may exercise a right on a date, and why.",
      description: """
        Parents with authority and guardians act for a student under 16 (UAVG art. 5(1), BW 1:245(4)); \
        from 16 the student. A parent without authority never holds AVG rights for the child: BW 1:377c \
        gives an information right on request instead. A caregiver is not an AVG representative and \
        receives only progress information (results) until 18. A curator or mentor acts only for an adult \
        student under curatele or mentorschap (UAVG art. 5(2)); the school checks the court decision. \
        With `about: "requester"` the question is about the requester's own data, which everyone holds \
        rights over whatever the student's age (AVG art. 15(4) protects the child's data inside).
        """,
      params: [
        ParamSpec("birthDate", required: true, "The student's date of birth.", schema: RulesJSON.dateSchema),
        ParamSpec("right", required: true, "The right asked for.", schema: ["enum": .array(Right.allCases.map { .string($0.rawValue) })]),
        ParamSpec("requester", required: true, "Who asks.", schema: ["enum": .array(Requester.allCases.map { .string($0.rawValue) })]),
        ParamSpec("on", "The date evaluated (date or instant); default today in Europe/Amsterdam.", schema: RulesJSON.dateOrInstantSchema),
        ParamSpec("about", "Whose data: `student` (default) or the requester's own.", schema: ["enum": .array(About.allCases.map { .string($0.rawValue) })]),
      ],
      result: ResultSpec("entitlement", schema: schema),
      errors: [ErrorSpec(.invalidParams, "A bad date, an unknown right, requester or `about`, or a birth date after `on`.")],
      examples: RulesExamples.rightsCheck,
      roles: Role.anyone.names,
      scope: SchoolScope.rulesOnly
    ) { params, _ in
      let birthDate = try RulesParams.date(params, "birthDate")
      let right = try params.choice("right", Right.self)
      let requester = try params.choice("requester", Requester.self)
      let about = try params.optionalChoice("about", About.self) ?? .student
      let on = try RulesParams.optionalDateOrInstant(params, "on") ?? RulesParams.today(service)
      let convention = RulesParams.convention(service)
      let e = try RulesParams.rule { () throws(RuleError) in
        try RightHolder.check(birthDate: birthDate, on: on, right: right, requester: requester, about: about, convention: convention)
      }
      return [
        "entitled": .bool(e.entitled), "holders": RulesJSON.holders(e.holders), "reason": .string(e.reason),
        "basis": RulesJSON.basis(e.basis), "entitledWithStudentConsent": .bool(e.entitledWithStudentConsent),
        "on": RulesJSON.date(on),
      ]
    }
  }

  static let schema: JSONValue = [
    "type": "object", "required": ["entitled", "holders", "reason", "basis", "entitledWithStudentConsent", "on"],
    "properties": [
      "entitled": ["type": "boolean"], "holders": RulesJSON.holdersSchema, "reason": ["type": "string"],
      "basis": RulesJSON.basisSchema, "entitledWithStudentConsent": ["type": "boolean"], "on": RulesJSON.dateSchema,
    ],
  ]
}
