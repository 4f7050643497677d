import JSON
import JSONRPC
import Registers
import Rules

/// `complaints.open`: the counsellor opens a dossier (rules.md §7). Refused without the
/// complainant's recorded explicit consent and for a special category without a reason
/// (decision 47); the result's `prompt` reminds the counsellor of the reporting duty or of
/// aangifte (decision 49).
enum ComplaintsOpen {
  /// The `complaints.open` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "complaints.open",
      summary: "Open a confidential counsellor's dossier; needs the complainant's explicit consent.",
      description: """
        The id is `K-YYYY-NNNN`, YYYY the Europe/Amsterdam year of `openedAt`. No consent, `consent.explicit` not \
        true, or consent given after `openedAt` is -32602 on that field (S&V; decision 47). A special category \
        (AVG art. 9) is recorded only with the `reason` it is directly related to the complaint (-32602 on \
        `specialCategories[i].reason`). Record only facts and circumstances of the complaint. The result is the \
        dossier plus `prompt` `{kind, text (Dutch), textEn, source}` (decision 49): for a staff counsellor \
        (`reportingDuty`) the meldplicht: a possible sexual offence by a staff member against a minor student goes \
        to the board (bevoegd gezag) at once; the board consults the vertrouwensinspecteur and, on a reasonable \
        suspicion, files a police report after informing the accused and the parents (WPO art. 4a [U]; the WVO \
        2020 number is not verified, see Protocol/complaints.md). For an external counsellor (`aangifte`): no \
        meldplicht; point the complainant to aangifte.
        """,
      params: [
        ParamSpec("complainant", required: true, "Who complains: `{name, role}`.", schema: ComplaintSchemas.party),
        ParamSpec("accused", "Who the complaint is about: `{name, role}`.", schema: ComplaintSchemas.party),
        ParamSpec("description", required: true, "The complaint: facts and circumstances only.", schema: ComplaintSchemas.text),
        ParamSpec("category", "A code for the annual report.", schema: ComplaintSchemas.enumSchema(ComplaintCategory.self)),
        ParamSpec("consent", required: true, "The complainant's explicit consent: `{givenBy, givenAt, explicit: true}`.",
          schema: [
            "type": "object", "required": ["givenBy", "givenAt", "explicit"], "additionalProperties": false,
            "properties": ["givenBy": ["type": "string"], "givenAt": ComplaintSchemas.instant, "explicit": ["type": "boolean"]],
          ]),
        ParamSpec("specialCategories", "Special categories with the reason each is directly related.",
          schema: [
            "type": "array",
            "items": [
              "type": "object", "required": ["category", "reason"], "additionalProperties": false,
              "properties": ["category": ComplaintSchemas.enumSchema(SpecialCategory.self), "reason": ["type": "string"]],
            ],
          ]),
        ParamSpec("counsellor", required: true, "Who handles it: `{name, isStaff}`.",
          schema: [
            "type": "object", "required": ["name", "isStaff"], "additionalProperties": false,
            "properties": ["name": ComplaintSchemas.text, "isStaff": ["type": "boolean"]],
          ]),
        ParamSpec("openedAt", required: true, "When; RFC 3339 with offset.", schema: ComplaintSchemas.instant),
        ParamSpec("school", "School or location.", schema: ComplaintSchemas.text),
      ],
      result: ComplaintSchemas.result,
      examples: ComplaintExamples.open,
      roles: ComplaintSchemas.counsellor.names
    ) { p, context in
      let input = try input(p)
      let counsellor = input.counsellor
      let now = service.nowInstant
      var record = try service.writeComplaint(context) { r throws(RegisterError) in
        try Complaints.open(input, in: r, now: now, by: context.peer.actor)
      }
      record["prompt"] = CounsellorPrompt.json(isStaff: counsellor.isStaff)
      return .object(record)
    }
  }

  /// The params as a `ComplaintOpening`: the one reader of a dossier's facts, also for `complaints.correct`.
  static func input(_ p: Params) throws(RPCError) -> ComplaintOpening {
    let consent = try p.optionalNested("consent").map { c throws(RPCError) in
      ComplaintConsent(givenBy: try c.string("givenBy"), givenAt: try c.instant("givenAt"), explicit: try c.optionalBool("explicit") ?? false)
    }
    let c = try p.nested("counsellor")
    let counsellor = Counsellor(name: try c.string("name"), isStaff: try c.optionalBool("isStaff") ?? false)
    return ComplaintOpening(
      complainant: try p.party("complainant"), accused: try p.has("accused") ? p.party("accused") : nil,
      description: try p.string("description"), category: try p.optionalChoice("category", ComplaintCategory.self),
      consent: consent, specialCategories: try p.specialCategoryNotes("specialCategories"), counsellor: counsellor,
      openedAt: try p.instant("openedAt"), school: try p.optionalText("school"))
  }
}
