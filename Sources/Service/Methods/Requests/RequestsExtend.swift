import JSON
import JSONRPC
import Registers

/// `requests.extend`: the single extension of AVG art. 12(3), by notice with reasons sent before
/// the first legal due date; the new date is three months from receipt (rules.md decision 16).
enum RequestsExtend {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.extend",
      summary: "Extend a request once, to three months from receipt, after notifying the requester with reasons.",
      description: """
        AVG art. 12(3): by two further months where necessary given complexity and number, with the reasons sent \
        within the first month. A notice after `dueBy` is refused with 1005 (`data.deadline`); a second extension \
        with 1002. After it, only `extendedDueOn` counts for `overdue` and `requests.due`. `chainedExtendedDueOn` \
        (first base due + 2 months) is shown as the conservative target (rules.md §2.2).
        """,
      params: [
        RequestSchemas.idParam,
        ParamSpec("reason", required: true, "Why: the complexity or number of requests (sent to the requester).", schema: RequestSchemas.text),
        ParamSpec("noticeSentAt", "When the notice with reasons was sent. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors + [ErrorSpec(.tooLate, "the notice was sent after the legal due date (`data.deadline`)")],
      examples: RequestExamples.extend,
      roles: RequestSchemas.legalSteps.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = ExtendRequest(id: try p.string("id"), reason: try p.text("reason"), noticeSentAt: try p.instant("noticeSentAt", orNow: service))
      return .object(try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) })
    }
  }
}
