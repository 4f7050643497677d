import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `requests.open`: registers a data-subject request the moment it is known (AVG art. 12(3):
/// the month runs from receipt, not registration; rules.md §2.2 and §2.5).
enum RequestsOpen {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.open",
      summary: "Register a received data-subject request: its deadlines and the requester's standing at receipt.",
      description: """
        Give exactly one of `receivedAt` (the moment it reached the school through any channel, EDPB) or \
        `receivedOn`. The record gets id `R-YYYY-NNNN` (year of receipt), `dueOn`/`dueBy` (one month, Reg. 1182/71 \
        art. 3, rolled past weekends and Dutch holidays), the standing check at receipt (rules.md §1.5) and the \
        `legalChannel`: `A_AVG`, `B_SECTOR_LAW` (results), or `BW_377C` for a parent without parental authority and a \
        minor student (BW 1:377c: information on request, also for results; decision 8). A requester without standing \
        is registered anyway with `entitled: false`. A student under 16 asking for themselves is never turned away \
        (decision 7): the record names the legal representatives as holders (`route.status: pending`) until \
        `requests.route` sends it to them or accepts it for the student. A parent's results request for a student of \
        18 or more is registered with `entitledWithStudentConsent`: it is decided on the student's consent. \
        `externalRef` (the request's id in the school's own administration) makes an import safe to run again: a \
        second open with the same reference registers nothing and answers the existing record with \
        `alreadyRegistered: true`; if it names another request (type, student, birth date, requester or day of \
        receipt differ) it is refused with 1006 Conflict naming the field. `dryRun: true` checks every field exactly as a \
        real open and answers the record that would be registered, with `dryRun: true`, without registering it.
        """,
      params: [
        ParamSpec("type", required: true, "What is asked; `results` is progress information (Channel B).", schema: ["enum": RequestSchemas.values(RequestType.self)]),
        ParamSpec("student", required: true, "The student the request is about.", schema: [
          "type": "object", "required": ["id", "birthDate"], "additionalProperties": false,
          "properties": ["id": RequestSchemas.text, "birthDate": RequestSchemas.date],
        ]),
        ParamSpec("requester", required: true, "Who asks, by relationship to the student (as in rights.check).", schema: [
          "type": "object", "required": ["relationship"], "additionalProperties": false,
          "properties": ["relationship": ["enum": RequestSchemas.values(Requester.self)], "name": RequestSchemas.text, "contact": RequestSchemas.text],
        ]),
        ParamSpec("receivedAt", "When it reached the school (RFC 3339); or give receivedOn.", schema: RequestSchemas.instant),
        ParamSpec("receivedOn", "The date it reached the school; or give receivedAt.", schema: RequestSchemas.date),
        ParamSpec("about", "Whose data: the student's (default) or the requester's own (decision 13).", schema: ["enum": RequestSchemas.values(About.self)]),
        ParamSpec("channel", "How it arrived.", schema: RequestSchemas.channel),
        ParamSpec("description", "What is asked, in the requester's words.", schema: ["type": "string"]),
        ParamSpec("school", "The school or location.", schema: RequestSchemas.text),
        ParamSpec("externalRef", "The request's id in the school's own administration (SIS): a second open with it answers the existing record.", schema: RequestSchemas.text),
        ParamSpec("dryRun", "Check everything and answer the record that would be registered, without registering it.", schema: ["type": "boolean"]),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: [
        ErrorSpec(.storeFailure, "the request could not be saved; nothing was registered"),
        ErrorSpec(.conflict, "externalRef is already another request (data.field names what differs)"),
      ],
      examples: RequestExamples.opening,
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile,
      audit: .custom { _, result in result["alreadyRegistered"] == true ? [result["id"]?.stringValue].compactMap { $0 } : [] }
    ) { p, context in
      let student = try p.nested("student")
      let requester = try p.nested("requester")
      let receipt: OpenRequest.Receipt
      switch (try p.optionalInstant("receivedAt"), try p.optionalDate("receivedOn")) {
      case (let at?, nil): receipt = .at(at)
      case (nil, let on?): receipt = .on(on)
      case (.some, .some): throw RPCError.invalidParams(field: p.field("receivedOn"), reason: Texts.Requests.receiptBoth)
      case (nil, nil): throw RPCError.invalidParams(field: p.field("receivedAt"), reason: Texts.Requests.receiptNone)
      }
      var command = OpenRequest(
        type: try p.choice("type", RequestType.self), studentID: try student.text("id"),
        birthDate: try student.date("birthDate"), requester: try requester.choice("relationship", Requester.self),
        receipt: receipt)
      command.requesterName = try requester.optionalText("name")
      command.requesterContact = try requester.optionalText("contact")
      command.about = try p.optionalChoice("about", About.self) ?? .student
      command.channel = try p.optionalString("channel")
      command.description = try p.optionalString("description")
      command.school = try p.optionalText("school")
      command.externalRef = try p.optionalText("externalRef")
      let dryRun = try p.optionalBool("dryRun") ?? false
      // One writer turn: the lookup by externalRef and the open cannot be split by another open.
      // Nothing is journaled when the reference is known or on a dry run (an empty change list).
      var answer: JSONObject? = nil
      let clock = RequestClock(now: service.nowInstant, convention: service.leapDayConvention)
      let changes = try service.ledger.writeAll("requests", actor: context.peer.actor, at: Amsterdam.format(clock.now)) {
        r throws(RegisterError) in
        if var found = try command.existing(in: r) {
          found["alreadyRegistered"] = true
          answer = found
          return []
        }
        let change = try command.change(in: r, clock: clock, actor: context.peer.actor)
        guard !dryRun else {
          var would = change.record
          would["dryRun"] = true
          answer = would
          return []
        }
        return [change]
      }
      // A known reference answers an existing record: a read, so a writer who may not read the
      // register gets only where it stands (as from requests.verifyIdentity), and it is audited.
      if let found = answer, found["alreadyRegistered"] == true {
        return .object(RequestsVerifyIdentity.answer(found, for: service.configuration.access.roles(of: context.peer)))
      }
      return .object(RequestRecord.presented(answer ?? changes.last?.record ?? JSONObject(), in: Language.current))
    }
  }
}
