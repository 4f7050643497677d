import JSON
import JSONRPC
import Registers

/// `requests.withdraw`: the requester withdrew (or the student did not adopt after a holder
/// change, rules.md §1.5). The record stays for accountability (AVG art. 5(2)).
enum RequestsWithdraw {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.withdraw",
      summary: "Close a request the requester withdrew, or a holder-changed one the student did not adopt.",
      params: [
        RequestSchemas.idParam,
        ParamSpec("at", "When it was withdrawn. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
        ParamSpec("note", "How or why, in words.", schema: ["type": "string"]),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors,
      examples: RequestExamples.withdraw,
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = WithdrawRequest(id: try p.string("id"), at: try p.instant("at", orNow: service), note: try p.optionalString("note"))
      let record = try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) }
      return .object(RequestsVerifyIdentity.answer(record, for: service.configuration.access.roles(of: context.peer)))
    }
  }
}
