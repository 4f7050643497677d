import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `publications.withdraw`: consent to publish is withdrawn as easily as it was given (AVG art.
/// 7(3)); the answer lists the publications to take down (art. 17(1)(b); duties.md D18). A parent's
/// withdrawal after the 16th birthday suspends the channel until the student answers (D17).
enum PublicationsWithdraw {
  /// The `publications.withdraw` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.withdraw",
      summary: "Withdraw a student's consent for a channel; answers with the publications to take down.",
      description: """
        Ends every consent of the student for the channel that still holds on or after `withdrawnOn`. The `student` \
        may always withdraw (art. 7(3)); a `parent` or `guardian` while the student is under 16; from the 16th \
        birthday a parent's withdrawal is recorded as a request: the consents become `suspended` (the channel is \
        closed) until the student withdraws or gives consent again (D17); a `curator` only for an adult (1003 \
        otherwise, with `holders`). No consent to withdraw: 1006. `takedowns` lists every publication still up \
        on that channel that shows the student recognisably, oldest first; printed ones have `recallable: false`. \
        `withdrawnOn` in the future: -32602. It ends the consents recorded at `school` (absent: the board-level ones) \
        and lists that school's publications: each school's consent is its own (see `publications.record`). A caller \
        scoped to schools must name one of its own (-32602 on `school` otherwise).
        """,
      params: [
        ParamSpec("studentId", required: true, "The student's id.", schema: SharingSchemas.text),
        ParamSpec("channel", required: true, "The channel.", schema: PublicationSchemas.channel),
        ParamSpec("withdrawnOn", required: true, "From this day no publication on it.", schema: SharingSchemas.date),
        ParamSpec("by", required: true, "Who withdrew it: {relationship, name}.", schema: SharingSchemas.person),
        ParamSpec("school", "School or location whose consent is withdrawn (registers per board, filtered by school). Absent: the board-level consent.", schema: SharingSchemas.text),
      ],
      result: ResultSpec("withdrawal", schema: [
        "type": "object", "required": ["studentId", "channel", "status", "consents", "takedowns"],
        "properties": [
          "studentId": ["type": "string"], "channel": PublicationSchemas.channel,
          "status": SharingSchemas.choices(ImageConsentStatus.self), "note": ["type": "string"], "school": ["type": "string"],
          "consents": ["type": "array", "items": PublicationSchemas.consent],
          "takedowns": ["type": "array", "items": PublicationSchemas.takedown],
        ],
      ]),
      errors: [
        ErrorSpec(.notEntitled, "this person may not withdraw it on that date"),
        ErrorSpec(.conflict, "no consent to withdraw for this student and channel"),
      ],
      examples: [
        MethodExample("a parent withdraws the website consent of a 14-year-old: the sports-day page must come down",
          params: ["studentId": "4521", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": ["relationship": "parent", "name": "M. Jansen"]],
          result: [
            "studentId": "4521", "channel": "WEBSITE", "status": "withdrawn",
            "consents": [["id": "BT-2026-0001", "status": "withdrawn"]],
            "takedowns": [["publicationId": "BP-2026-0001", "recallable": true, "students": [["id": "4521", "since": "2026-11-20"]]]],
          ]),
        MethodExample("after his 16th birthday a parent asks to withdraw: suspended until the student answers",
          params: ["studentId": "5120", "channel": "WEBSITE", "withdrawnOn": "2026-11-21", "by": ["relationship": "parent", "name": "A. Bakker"]],
          result: [
            "studentId": "5120", "status": "suspended", "consents": [["id": "BT-2026-0006", "status": "suspended"]],
            "takedowns": [["publicationId": "BP-2026-0001", "students": [["id": "5120", "since": "2026-11-21"]]]],
          ]),
        MethodExample("the schoolgids consent withdrawn: the printed gids cannot be recalled",
          params: ["studentId": "4521", "channel": "DRUKWERK", "withdrawnOn": "2026-11-22", "by": ["relationship": "parent", "name": "M. Jansen"]],
          result: ["status": "withdrawn", "takedowns": [["publicationId": "BP-2026-0003", "recallable": false]]]),
      ],
      roles: PublicationSchemas.writers.names, audit: .resultItems("takedowns", idMember: "publicationId")
    ) { p, context in
      let by = try p.nested("by")
      let (student, channel, on) = (try p.text("studentId"), try p.choice("channel", PublicationChannel.self), try p.date("withdrawnOn"))
      let (who, name, school) = (try by.choice("relationship", ConsentGiver.self), try by.text("name"), try p.optionalText("school"))
      let (now, convention) = (service.nowInstant, service.leapDayConvention)
      try PublicationSchemas.checkSchool(school, in: .imageConsents)
      let changes: [RegisterChange]
      do {
        changes = try service.ledger.writeAll(ImageConsents.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
          r throws(RegisterError) in
          try ImageConsents.withdraw(
            studentID: student, channel: channel, withdrawnOn: on, by: who, name: name, school: school, in: r, now: now, convention: convention)
        }
      } catch let error as RPCError {
        // nil only drops the `holders` hint: the write's own error is thrown either way.
        let birth = try? service.ledger.read(ImageConsents.name) { r throws(RPCError) in  // hint only
          r.all { ImageConsentRecord($0).studentID == student && ImageConsentRecord($0).school == school }.first.flatMap { ImageConsentRecord($0).birthDate }
        }
        throw service.withConsentHolders(error, birthDate: birth ?? nil, on: on)
      }
      let takedowns = try PublicationsTakedowns.list(
        service, on: service.today, channel: channel, studentID: student, school: .some(school), includePrinted: true)
      let suspended = changes.contains { $0.record["status"]?.stringValue == ImageConsentStatus.suspended.rawValue }
      var result: JSONObject = [
        "studentId": .string(student), "channel": .string(channel.rawValue),
        "status": .string((suspended ? ImageConsentStatus.suspended : .withdrawn).rawValue),
        "consents": .array(changes.map { .object($0.record) }), "takedowns": .array(takedowns.map(JSONValue.object)),
      ]
      if let school { result["school"] = .string(school) }
      if suspended {
        result["note"] = .string(Texts.Publications.suspendedNote.string)
      }
      return .object(result)
    }
  }
}
