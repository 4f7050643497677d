import JSON
import JSONRPC
import Registers

/// `requests.respond`: the decision was sent to the requester; the request is closed
/// (AVG art. 12(3)–(4); rules.md §2.4 item 9).
enum RequestsRespond {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.respond",
      summary: "Record that the decided answer was sent (date and channel); closes the request.",
      description: "Only after `requests.decide`. A response after the effective due date is recorded with `respondedLate: true`.",
      params: [
        RequestSchemas.idParam,
        ParamSpec("respondedAt", "When the answer was sent. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
        ParamSpec("channel", required: true, "How (electronically when asked electronically, art. 12(3)).", schema: RequestSchemas.channel),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors,
      examples: RequestExamples.respond,
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = RespondToRequest(id: try p.string("id"), respondedAt: try p.instant("respondedAt", orNow: service), channel: try p.string("channel"))
      let record = try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) }
      return .object(RequestsVerifyIdentity.answer(record, for: service.configuration.access.roles(of: context.peer)))
    }
  }
}
