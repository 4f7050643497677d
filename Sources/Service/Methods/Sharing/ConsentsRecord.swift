import JSON
import JSONRPC
import Registers
import Rules

/// `consents.record`: a consent the school can show later (AVG art. 7(1)), accepted only from
/// whoever holds consent for the student on the day it was given (UAVG art. 5; decision 42). A
/// consent is given to one school (`school`, issue 18 §1), whose disclosures alone may rest on it.
enum ConsentsRecord {
  /// The `consents.record` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "consents.record",
      summary: "Record a consent (art. 6(1)(a)); refused (1003) when the giver does not hold consent for the student that day.",
      description: """
        The student's age on `givenOn` decides (rules module, UAVG art. 5): under 16 a `parent` (with authority) or \
        `guardian`; from 16 the `student`; a `curator` only for an adult student (the school checks the court \
        decision on curatele or mentorschap, which avgd cannot see). Otherwise 1003 with `field` \
        `givenBy.relationship`, `reason` and `holders`. `scope` lists the data categories covered and `purpose` the \
        specific purpose (art. 4(11)); `sharing.record` compares both. A consent given under 16 records \
        `studentTakesOverOn` (the 16th birthday): it stays valid after it and from then the student, no longer \
        the parent, may withdraw it; before it only a legal representative may (decision 43); offer \
        re-confirmation then. The id is `C-YYYY-NNNN`, YYYY the year of `givenOn`. \
        `givenOn` in the future, or before the birth date, is -32602. `school` (issue 18 §1): the consent belongs \
        to that school (absent: the whole board); a caller scoped to schools must name one of its own (-32602 on \
        `school`). Only that school's disclosures and assessments may rest on it; it is withdrawn where it belongs.
        """,
      params: [
        ParamSpec("student", required: true, "The student: {id, birthDate}.", schema: SharingSchemas.student),
        ParamSpec("givenBy", required: true, "Who gave it: {relationship: parent|guardian|student|curator, name}.", schema: SharingSchemas.person),
        ParamSpec("scope", required: true, "The data categories covered (photo, name, ...).", schema: SharingSchemas.strings),
        ParamSpec("purpose", required: true, "The specific purpose.", schema: SharingSchemas.text),
        ParamSpec("givenOn", required: true, "When it was given.", schema: SharingSchemas.date),
        ParamSpec("school", "The school or location it was given to (registers per board, filtered by school).", schema: SharingSchemas.text),
      ],
      result: ResultSpec("consent", schema: SharingSchemas.consent),
      errors: [ErrorSpec(.notEntitled, "the giver does not hold consent for this student on givenOn")],
      examples: [
        MethodExample("a parent, for a 14-year-old: class photo",
          params: SharingExamples.consentClassPhoto,
          result: ["id": "C-2026-0001", "status": "given", "ageOnGiving": 14, "studentTakesOverOn": "2028-05-10", "school": SharingExamples.school]),
        MethodExample("a 16-year-old herself: a university study",
          params: SharingExamples.consentStudy,
          result: ["id": "C-2026-0002", "status": "given", "ageOnGiving": 16]),
        MethodExample("a parent, for the same student at 15: website photos (still valid after 16)",
          params: SharingExamples.consentWebsite,
          result: ["id": "C-2026-0003", "status": "given", "ageOnGiving": 15, "studentTakesOverOn": "2026-03-15"]),
      ],
      roles: SharingSchemas.writers.names
    ) { p, context in
      let input = try input(p)
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      do {
        return try service.writeSharing(Consents.name, context) { r throws(RegisterError) in
          try Consents.record(input, in: r, now: now, by: context.peer.actor, convention: convention)
        }
      } catch let e as RPCError { throw service.withConsentHolders(e, birthDate: input.birthDate, on: input.givenOn) }
    }
  }

  /// The params as a `ConsentInput`: the one reader of a consent's facts, also for `consents.correct`.
  static func input(_ p: Params) throws(RPCError) -> ConsentInput {
    let student = try p.nested("student")
    let giver = try p.nested("givenBy")
    return ConsentInput(
      studentID: try student.text("id"), birthDate: try student.date("birthDate"),
      relationship: try giver.choice("relationship", ConsentGiver.self), giverName: try giver.text("name"),
      scope: try p.optionalStrings("scope") ?? [], purpose: try p.text("purpose"), givenOn: try p.date("givenOn"),
      school: try p.optionalText("school"))
  }
}
