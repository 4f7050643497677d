import JSON
import JSONRPC
import Registers
import Rules

/// `publications.record`: a publication of images with the students shown, accepted only when every
/// recognisable student has consent for that channel on that date (AVG art. 6(1)(a); duties.md D19),
/// so the school can show each publication rested on consent (art. 5(2), 7(1)).
enum PublicationsRecord {
  /// The `publications.record` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.record",
      summary: "Register a publication (channel, date, what, the students shown); refused (1006) for a recognisable student without consent.",
      description: """
        Every student with `recognisable` true (the default) must have a consent for `channel` on `publishedOn` \
        (as `publications.check` answers); otherwise 1006 with `field` naming the first such student and a `reason` \
        (in Dutch) listing all of them with their codes: leave them out or make them unrecognisable and record them \
        with `recognisable: false` (D19). Each recognisable student entry records the `consentId` it rests on. \
        `printed` defaults to true for DRUKWERK and JAARBOEK (printed matter cannot be recalled after a withdrawal). \
        The id is `BP-YYYY-NNNN`, YYYY the year of `publishedOn`. A date in the future, no students or a student \
        twice: -32602. Only consents recorded at the publication's `school` count (a board-level publication: only \
        board-level consents): a consent given to school B does not clear school A's website, even for the same \
        student id. A caller scoped to schools must name one of its own (-32602 on `school` otherwise).
        """,
      params: [
        ParamSpec("channel", required: true, "The channel.", schema: PublicationSchemas.channel),
        ParamSpec("publishedOn", required: true, "When it was published.", schema: SharingSchemas.date),
        ParamSpec("description", required: true, "What was published.", schema: SharingSchemas.text),
        ParamSpec("location", "Where exactly (URL, issue), to find it for a take-down.", schema: SharingSchemas.text),
        ParamSpec("printed", "Printed matter (default: DRUKWERK and JAARBOEK).", schema: ["type": "boolean"]),
        ParamSpec("school", "School or location that published it (registers per board, filtered by school); only its image consents count. Absent: board-level.", schema: SharingSchemas.text),
        ParamSpec("students", required: true, "The students shown: [{id, recognisable?}].", schema: [
          "type": "array", "minItems": 1,
          "items": [
            "type": "object", "required": ["id"], "additionalProperties": false,
            "properties": ["id": SharingSchemas.text, "recognisable": ["type": "boolean"]],
          ],
        ]),
      ],
      result: ResultSpec("publication", schema: PublicationSchemas.publication),
      errors: [ErrorSpec(.conflict, "a recognisable student has no consent for the channel on that date")],
      examples: [
        MethodExample("sports-day photos on the website; one pupil only from behind",
          params: [
            "channel": "WEBSITE", "publishedOn": "2026-10-05", "description": PublicationExamples.sportsDay, "location": "https://www.brederocollege.nl/sportdag-2026",
            "students": [["id": "4521"], ["id": "3310"], ["id": "5120"], ["id": "6012", "recognisable": false]],
          ],
          result: [
            "id": "BP-2026-0001", "status": "published", "printed": false,
            "students": [
              ["id": "4521", "consentId": "BT-2026-0001"], ["id": "3310", "consentId": "BT-2026-0004"],
              ["id": "5120", "consentId": "BT-2026-0006", "reconfirmByStudent": true], ["id": "6012", "recognisable": false],
            ],
          ]),
        MethodExample("the October newsletter",
          params: ["channel": "NIEUWSBRIEF", "publishedOn": "2026-10-12", "description": PublicationExamples.newsletter, "students": [["id": "4521"]]],
          result: ["id": "BP-2026-0002", "channel": "NIEUWSBRIEF"]),
        MethodExample("the schoolgids, printed",
          params: ["channel": "DRUKWERK", "publishedOn": "2026-10-20", "description": PublicationExamples.schoolGuide, "students": [["id": "4521"]]],
          result: ["id": "BP-2026-0003", "printed": true]),
        MethodExample("one school's website, cleared by that school's consent",
          params: [
            "channel": "WEBSITE", "publishedOn": "2026-10-06", "description": PublicationExamples.openDay, "school": PublicationExamples.school,
            "students": [["id": "8120"]],
          ],
          result: ["id": "BP-2026-0004", "school": PublicationExamples.school, "students": [["id": "8120", "consentId": "BT-2026-0008"]]]),
      ],
      roles: PublicationSchemas.writers.names
    ) { p, context in
      let input = try input(p)
      try PublicationSchemas.checkSchool(input.school, in: .publications)
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      return .object(try service.ledger.write(Publications.name, reading: ImageConsents.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
        r, consents throws(RegisterError) in
        try Publications.record(input, in: r, consents: consents, now: now, by: context.peer.actor, convention: convention)
      })
    }
  }

  /// The params as a `PublicationInput`: the one reader of a publication, also for `publications.correct`.
  static func input(_ p: Params) throws(RPCError) -> PublicationInput {
    var students: [PublicationInput.Student] = []
    for (i, v) in (p.value("students")?.arrayValue ?? []).enumerated() {
      let s = Params(v.objectValue ?? JSONObject(), path: p.field("students[\(i)]"))
      students.append(.init(id: try s.text("id"), recognisable: try s.optionalBool("recognisable") ?? true))
    }
    return PublicationInput(
      channel: try p.choice("channel", PublicationChannel.self), publishedOn: try p.date("publishedOn"),
      description: try p.text("description"), location: try p.optionalText("location"), printed: try p.optionalBool("printed"),
      students: students, school: try p.optionalText("school"))
  }
}
