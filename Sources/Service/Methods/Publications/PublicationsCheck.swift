import JSON
import JSONRPC
import Registers
import Rules

/// `publications.check`: may this student be shown on this channel on this date, and why (duties.md
/// §5; D16–D18). Asked before publishing, so a student without consent is left out or made
/// unrecognisable rather than taken down afterwards.
enum PublicationsCheck {
  /// The `publications.check` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.check",
      summary: "May this student be shown on this channel on this date? Allowed or not, and why (in the call's language).",
      description: """
        Allowed when a consent for the student and channel holds on `on` (default today): within its school year \
        (`validFrom` … `validUntil`) and not withdrawn or suspended by then. Otherwise `code` says why: \
        `withdrawn`, `suspended` (a parent's request after the 16th birthday, D17), `expired` (the school year \
        ended at the renewal date: ask again), `notYetValid`, or `noConsent`. `reason` says it in the call's `language` (Dutch by default, English with `en`). \
        `reconfirmByStudent: true` when a parent's consent allows it but the student is 16 or older (decision 43). \
        An unknown student is `noConsent`: no consent, no publication. Only consents recorded at `school` count \
        (absent: the board-level ones), exactly as `publications.record` will weigh them; a caller scoped to schools \
        sees another school's consents as none.
        """,
      params: [
        ParamSpec("studentId", required: true, "The student's id.", schema: SharingSchemas.text),
        ParamSpec("channel", required: true, "The channel.", schema: PublicationSchemas.channel),
        ParamSpec("on", "The publication date (default today).", schema: SharingSchemas.date),
        ParamSpec("school", "The school that will publish (as `publications.record`'s): only its consents count. Absent: board-level consents only.", schema: SharingSchemas.text),
      ],
      result: ResultSpec("verdict", schema: [
        "type": "object", "required": ["studentId", "channel", "on", "allowed", "code", "reason"],
        "properties": [
          "studentId": ["type": "string"], "channel": PublicationSchemas.channel, "on": SharingSchemas.date,
          "allowed": ["type": "boolean"], "code": SharingSchemas.choices(PublicationVerdict.Code.self), "reason": ["type": "string"],
          "consentId": ["type": "string"], "validUntil": SharingSchemas.date, "validFrom": SharingSchemas.date,
          "since": SharingSchemas.date, "reconfirmByStudent": ["type": "boolean"], "school": ["type": "string"],
        ],
      ]),
      examples: [
        MethodExample("the website, today",
          params: ["studentId": "4521", "channel": "WEBSITE"],
          result: ["on": "2026-11-29", "allowed": true, "code": "consent", "consentId": "BT-2026-0001", "validUntil": "2027-07-31"]),
        MethodExample("social media: never asked",
          params: ["studentId": "4521", "channel": "SOCIAAL_MEDIA"],
          result: ["allowed": false, "code": "noConsent"]),
        MethodExample("a parent's consent for a student who has turned 16",
          params: ["studentId": "5120", "channel": "WEBSITE", "on": "2026-10-05"],
          result: ["allowed": true, "consentId": "BT-2026-0006", "reconfirmByStudent": true]),
        MethodExample("on the renewal date the school year's consent has ended",
          params: ["studentId": "4521", "channel": "WEBSITE", "on": "2027-08-01"],
          result: ["allowed": false, "code": "expired", "validUntil": "2027-07-31"]),
        MethodExample("the school whose form it is",
          params: ["studentId": "8120", "channel": "WEBSITE", "on": "2026-10-06", "school": PublicationExamples.school],
          result: ["allowed": true, "consentId": "BT-2026-0008", "school": PublicationExamples.school]),
        MethodExample("a consent given to one school does not clear a publication of another",
          params: ["studentId": "8120", "channel": "WEBSITE", "on": "2026-10-06", "school": PublicationExamples.otherSchool],
          result: ["allowed": false, "code": "noConsent"]),
      ],
      roles: PublicationSchemas.readers.names, audit: .result(idMember: "consentId"),
      scope: SchoolScope.registers([ImageConsents.name])
    ) { p, context in
      let (student, channel) = (try p.text("studentId"), try p.choice("channel", PublicationChannel.self))
      let (on, school) = (try p.optionalDate("on") ?? service.today, try p.optionalText("school"))
      let convention = service.leapDayConvention
      let verdict = try service.ledger.read(ImageConsents.name) { r throws(RPCError) in
        PublicationVerdict.evaluate(studentID: student, channel: channel, on: on, school: school, in: r, convention: convention)
      }
      var result: JSONObject = ["studentId": .string(student), "channel": .string(channel.rawValue), "on": .string(on.description)]
      if let school { result["school"] = .string(school) }
      for m in verdict.json(channel: channel) { result[m.key] = m.value }
      return .object(result)
    }
  }
}
