import JSON
import JSONRPC
import Registers
import Rules

/// `publications.consent`: the school's image-consent form, one record per channel answered "yes"
/// (duties.md §5; D15–D17), accepted only from whoever holds consent for the student on the day
/// (UAVG art. 5; decisions 42–43, the same rule as `consents.record`).
enum PublicationsConsent {
  /// The `publications.consent` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.consent",
      summary: "Record consent to publish images of a student, one record per channel; refused (1003) from someone who does not hold consent that day.",
      description: """
        The student's age on `givenOn` decides who gives it (the rule of `consents.record`): under 16 a `parent` or \
        `guardian`, from the 16th birthday (00:00 Amsterdam) the `student`, a `curator` only for an adult; otherwise \
        1003 on `givenBy.relationship` with `holders`. Each channel gets a record `BT-YYYY-NNNN` (YYYY the year of \
        `givenOn`), valid from `validFrom` (default `givenOn`; at most the next renewal date, for consent asked at \
        enrolment for the coming school year) up to and including `validUntil`, the day before the first renewal \
        date after `validFrom` (setting `imageConsentRenewal`, default 08-01: the school year). A parent's consent \
        given before the 16th birthday stays valid after it (decision 43) and records `studentTakesOverOn`. \
        No channel, a channel twice, `givenOn` in the future or `validFrom` out of range: -32602. `school` is stored \
        on each record: consent is specific (art. 4(11)), so it clears only publications of the same school \
        (`publications.record`); a caller scoped to schools must name one of its own (-32602 on `school` otherwise).
        """,
      params: [
        ParamSpec("student", required: true, "The student: {id, birthDate}.", schema: SharingSchemas.student),
        ParamSpec("givenBy", required: true, "Who gave it: {relationship: parent|guardian|student|curator, name}.", schema: SharingSchemas.person),
        ParamSpec("channels", required: true, "The channels answered yes: WEBSITE, SOCIAAL_MEDIA, NIEUWSBRIEF, OUDERPORTAAL, DRUKWERK, PERS, JAARBOEK.", schema: ["type": "array", "minItems": 1, "items": PublicationSchemas.channel]),
        ParamSpec("givenOn", required: true, "When it was given (the date on the form).", schema: SharingSchemas.date),
        ParamSpec("validFrom", "From when it holds (default givenOn).", schema: SharingSchemas.date),
        ParamSpec("school", "School or location whose form it is (registers per board, filtered by school); it clears only that school's publications. Absent: board-level.", schema: SharingSchemas.text),
      ],
      result: ResultSpec("consents", schema: [
        "type": "object", "required": ["count", "items"],
        "properties": ["count": ["type": "integer"], "items": ["type": "array", "items": PublicationSchemas.consent]],
      ]),
      errors: [ErrorSpec(.notEntitled, "the giver does not hold consent for this student on givenOn")],
      examples: [
        MethodExample("a parent, for a 14-year-old: website, newsletter and schoolgids",
          params: [
            "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
            "channels": ["WEBSITE", "NIEUWSBRIEF", "DRUKWERK"], "givenOn": "2026-09-01",
          ],
          result: [
            "count": 3,
            "items": [
              ["id": "BT-2026-0001", "channel": "WEBSITE", "validFrom": "2026-09-01", "validUntil": "2027-07-31", "studentTakesOverOn": "2028-05-10"],
              ["id": "BT-2026-0002", "channel": "NIEUWSBRIEF", "validUntil": "2027-07-31"],
              ["id": "BT-2026-0003", "channel": "DRUKWERK", "validUntil": "2027-07-31"],
            ],
          ]),
        MethodExample("a 16-year-old herself: website and social media",
          params: [
            "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "student", "name": PublicationExamples.studentName],
            "channels": ["WEBSITE", "SOCIAAL_MEDIA"], "givenOn": "2026-09-15",
          ],
          result: ["count": 2, "items": [["id": "BT-2026-0004", "ageOnGiving": 16], ["id": "BT-2026-0005", "channel": "SOCIAAL_MEDIA"]]]),
        MethodExample("a parent, for a 15-year-old who turns 16 on 1 October: website",
          params: [
            "student": ["id": "5120", "birthDate": "2010-10-01"], "givenBy": ["relationship": "parent", "name": "A. Bakker"],
            "channels": ["WEBSITE"], "givenOn": "2026-09-01",
          ],
          result: ["count": 1, "items": [["id": "BT-2026-0006", "ageOnGiving": 15, "studentTakesOverOn": "2026-10-01"]]]),
        MethodExample("a parent, for a 15-year-old who turns 16 on 1 December: parent portal",
          params: [
            "student": ["id": "7001", "birthDate": "2010-12-01"], "givenBy": ["relationship": "parent", "name": "E. Visser"],
            "channels": ["OUDERPORTAAL"], "givenOn": "2026-09-01",
          ],
          result: ["count": 1, "items": [["id": "BT-2026-0007", "studentTakesOverOn": "2026-12-01"]]]),
        MethodExample("one school's form: it clears only that school's publications",
          params: [
            "student": ["id": "8120", "birthDate": "2013-02-01"], "givenBy": ["relationship": "parent", "name": PublicationExamples.parentName],
            "channels": ["WEBSITE"], "givenOn": "2026-09-01", "school": PublicationExamples.school,
          ],
          result: ["count": 1, "items": [["id": "BT-2026-0008", "school": PublicationExamples.school]]]),
      ],
      roles: PublicationSchemas.writers.names
    ) { p, context in
      let input = try input(p)
      let (now, convention, renewal) = (service.nowInstant, service.leapDayConvention, try service.imageConsentRenewal())
      do {
        let changes = try service.ledger.writeAll(ImageConsents.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
          r throws(RegisterError) in
          try ImageConsents.record(input, in: r, renewal: renewal, now: now, by: context.peer.actor, convention: convention)
        }
        return ["count": .int(changes.count), "items": .array(changes.map { .object($0.record) })]
      } catch let error as RPCError { throw service.withConsentHolders(error, birthDate: input.birthDate, on: input.givenOn) }
    }
  }

  /// The params as an `ImageConsentInput`: the one reader of a consent form, also for `imageConsents.correct`.
  static func input(_ p: Params) throws(RPCError) -> ImageConsentInput {
    let student = try p.nested("student")
    let giver = try p.nested("givenBy")
    return ImageConsentInput(
      studentID: try student.text("id"), birthDate: try student.date("birthDate"),
      relationship: try giver.choice("relationship", ConsentGiver.self), giverName: try giver.text("name"),
      channels: try PublicationSchemas.channels(p), givenOn: try p.date("givenOn"), validFrom: try p.optionalDate("validFrom"),
      school: try p.optionalText("school"))
  }
}
