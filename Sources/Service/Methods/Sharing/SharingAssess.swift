import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.assess`: the NJi step plan before a disclosure (Handreiking gegevensuitwisseling, for
/// schools working with youth care, the school doctor, leerplicht, police and the municipality):
/// purpose, basis, special categories and secrecy, necessity, informing or consent, recording,
/// each passed / needsAction / stop with its reason and source. The assessment is kept in its own
/// register so `sharing.record` can refer to it, and refuses a disclosure whose assessment said stop.
enum SharingAssess {
  /// The `sharing.assess` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.assess",
      summary: "Walk the NJi step plan before sharing students' data: per step passed, needsAction or stop, with reason and source.",
      description: """
        Six steps (Protocol/sharing.md, section The step plan before sharing): 1 purpose specific and compatible (AVG art. \
        5(1)(b), 6(4)); 2 basis: consent from whoever holds it at the student's age (UAVG art. 5; decisions 42, 43; \
        checked against the consent register as `sharing.record` will), a legal obligation or public task with \
        `specificLaw` (art. 6(3); without it: stop), vital interest; `AVG6_1f` stops (art. 6(1) last subparagraph); \
        3 special categories and data from professionals with a duty of secrecy need explicit consent or an \
        `art9Exception` (else stop); a report to Veilig Thuis is the Meldcode route; 4 only the categories the purpose \
        needs (`details.beyondPurpose`); 5 whom to inform or ask (legal representatives under 16, the student from 16, \
        an adult student alone) and by when; 6 what `sharing.record` needs (`details.sharingRecord`). `outcome` is the \
        worst step. The assessment is kept (`T-YYYY-NNNN`, the year of today); birth dates are not stored, ages are. \
        Pass its id as `assessmentId` to `sharing.record`, which refuses it when the outcome is stop (1006). \
        Questions, reasons and sources are in the call's language (Dutch by default) and kept as said. \
        `school` (issue 18 §1): the assessment belongs to that school (absent: the whole board); a caller scoped to \
        schools must name one of its own (-32602 on `school`). Step 2 counts only consents of the same school; \
        `sharing.record` accepts the assessment only for a disclosure of the same school.
        """,
      params: [
        ParamSpec("recipient", required: true, "The recipient organisation's name.", schema: SharingSchemas.text),
        ParamSpec("recipientRole", "thirdPartyController (default), processor or joint.", schema: SharingSchemas.choices(RecipientRole.self)),
        ParamSpec("purpose", required: true, "What the recipient will use the data for.", schema: SharingSchemas.text),
        ParamSpec("students", required: true, "Whose data: [{id, birthDate, consentId?}].", schema: ["type": "array", "minItems": 1, "items": SharingSchemas.student]),
        ParamSpec("dataCategories", required: true, "The kinds of data.", schema: SharingSchemas.strings),
        ParamSpec("legalBasis", "AVG6_1a … AVG6_1e, or AVG6_1f (answered with a stop); omit when not chosen yet.",
          schema: ["enum": .array((SharingBasis.allCases.map(\.rawValue) + ["AVG6_1f"]).map(JSONValue.string))]),
        ParamSpec("specificLaw", "The law for AVG6_1c / AVG6_1e, e.g. \"Leerplichtwet 1969 art. 21a\".", schema: SharingSchemas.text),
        ParamSpec("consentId", "The consent for every student (AVG6_1a).", schema: SharingSchemas.text),
        ParamSpec("art9Exception", "The art. 9(2) exception relied on for special categories, e.g. \"UAVG art. 30 lid 2\".", schema: SharingSchemas.text),
        ParamSpec("school", "The school or location that plans the disclosure (registers per board, filtered by school).", schema: SharingSchemas.text),
      ],
      result: ResultSpec("assessment", schema: schema),
      errors: [ErrorSpec(.invalidParams, "a field breaks a rule (data.field names it)")],
      examples: SharingAssessExamples.all,
      roles: SharingSchemas.writers.names,
      scope: SchoolScope.registers([SharingAssessments.name, Consents.name])
    ) { p, context in
      var students: [DisclosureInput.Student] = []
      for (i, v) in (p.value("students")?.arrayValue ?? []).enumerated() {
        let s = Params(v.objectValue ?? JSONObject(), path: "students[\(i)]")
        students.append(.init(id: try s.text("id"), birthDate: try s.date("birthDate"), consentID: try s.optionalText("consentId")))
      }
      let input = AssessmentInput(
        recipientName: try p.text("recipient"), recipientRole: try p.optionalChoice("recipientRole", RecipientRole.self) ?? .thirdPartyController,
        purpose: try p.text("purpose"), students: students, dataCategories: try p.optionalStrings("dataCategories") ?? [],
        legalBasis: try p.optionalString("legalBasis"), specificLaw: try p.optionalText("specificLaw"),
        consentID: try p.optionalText("consentId"), art9Exception: try p.optionalText("art9Exception"),
        school: try p.optionalText("school"))
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      return .object(try service.ledger.write(SharingAssessments.name, reading: Consents.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
        r, consents throws(RegisterError) in
        try SharingAssessments.assess(input, in: r, consents: consents, now: now, by: context.peer.actor, convention: convention)
      })
    }
  }

  /// One step of the result.
  static let step: JSONValue = [
    "type": "object", "required": ["step", "name", "question", "outcome", "reason", "source"],
    "properties": [
      "step": ["type": "integer", "minimum": 1, "maximum": 6], "name": ["type": "string"], "question": ["type": "string"],
      "outcome": SharingSchemas.choices(AssessmentOutcome.self), "reason": ["type": "string"], "source": ["type": "string"],
      "details": ["type": "object"],
    ],
  ]

  /// The kept assessment.
  static let schema: JSONValue = [
    "type": "object", "required": ["id", "outcome", "recipient", "purpose", "students", "steps", "assessedOn"],
    "properties": [
      "id": ["type": "string"], "status": ["const": "assessed"], "outcome": SharingSchemas.choices(AssessmentOutcome.self),
      "recipient": ["type": "object"], "purpose": ["type": "string"], "dataCategories": SharingSchemas.strings,
      "students": ["type": "array", "items": ["type": "object", "properties": ["id": ["type": "string"], "ageOnAssessment": ["type": "integer"]]]],
      "legalBasis": ["type": "string"], "specificLaw": ["type": "string"], "art9Exception": ["type": "string"], "route": ["const": "meldcode"],
      "school": ["type": "string"], "steps": ["type": "array", "minItems": 6, "maxItems": 6, "items": step], "assessedOn": SharingSchemas.date,
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]
}
