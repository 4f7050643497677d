import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `requests.correct`: corrects facts entered wrongly in a request's record (AVG art. 16 applies
/// to avgd's own register; art. 5(1)(d) accuracy) with a reason kept in the history, and re-runs
/// the deadlines (art. 12(3)) and the standing at receipt (rules.md §1.5) they rest on.
enum RequestsCorrect {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.correct",
      summary: "Correct facts entered wrongly (name, birth date, receipt, school, ...) with a reason; deadlines and standing are re-run.",
      description: """
        AVG art. 16 applies to the register too. `fields` has the shape of `requests.open`'s params: `student.id`, \
        `student.birthDate`, `requester.name`, `requester.contact`, `receivedAt` or `receivedOn`, `channel`, \
        `description`, `school`. Anything else is refused with -32602 on `fields.<name>` saying why: the id, the \
        status, the type, whom it is about, the requester's relationship (another request: `requests.open`), and what \
        was communicated (decision, grounds, answer, extension notice, routing) stay as they are. A corrected receipt \
        or birth date re-runs `dueOn`/`dueBy` (and the extended dates), `decidedLate`/`respondedLate`, and the \
        standing at receipt (`entitled`, `entitlementAtReceipt`, `legalChannel`, a pending route); a decision or \
        answer already given is not rewritten, and `correction.review` says what the privacy officer must look at. \
        A receipt after an act already recorded is refused. The event's `change` (see `requests.history`) holds every \
        field's old and new value, what was recomputed and the reason; the journal keeps both versions.
        """,
      params: [
        RequestSchemas.idParam,
        ParamSpec("fields", required: true, "The corrected facts, shaped as in requests.open.", schema: [
          "type": "object",
          "properties": [
            "student": ["type": "object", "properties": ["id": RequestSchemas.text, "birthDate": RequestSchemas.date]],
            "requester": ["type": "object", "properties": ["name": RequestSchemas.text, "contact": RequestSchemas.text]],
            "receivedAt": RequestSchemas.instant, "receivedOn": RequestSchemas.date, "channel": RequestSchemas.channel,
            "description": ["type": "string"], "school": RequestSchemas.text,
          ],
        ]),
        ParamSpec("reason", required: true, "Why the record was wrong (kept in the history).", schema: RequestSchemas.text),
      ],
      result: ResultSpec("corrected", schema: [
        "type": "object", "required": ["request", "correction"],
        "properties": [
          "request": RequestSchemas.record,
          "correction": [
            "type": "object", "required": ["reason", "fields"],
            "properties": [
              "reason": ["type": "string"], "fields": ["type": "array"], "recomputed": ["type": "array"],
              "review": ["type": "array", "items": ["type": "string"]],
            ],
          ],
        ],
      ]),
      errors: RequestSchemas.commandErrors,
      examples: RequestExamples.correct,
      roles: RequestSchemas.writers.names,
      volatileResultMembers: []
    ) { p, context in
      let command = CorrectRequest(id: try p.string("id"), fields: try p.nested("fields").object, reason: try p.optionalString("reason"))
      let clock = RequestClock(now: service.nowInstant, convention: service.leapDayConvention)
      let changes: [RegisterChange]
      do {
        changes = try service.ledger.writeAll("requests", actor: context.peer.actor, at: Amsterdam.format(clock.now)) {
          r throws(RegisterError) in [try command.change(in: r, clock: clock, actor: context.peer.actor)]
        }
      } catch let e as RPCError {
        throw e.schoolAtFieldsPath
      }
      guard let change = changes.last else { throw RPCError.internalError(Texts.Requests.nothingJournaled.string) }
      return ["request": .object(RequestsVerifyIdentity.answer(change.record, for: service.configuration.access.roles(of: context.peer))), "correction": .object(RequestRecord.presented(change.change, in: Language.current))]
    }
  }
}
