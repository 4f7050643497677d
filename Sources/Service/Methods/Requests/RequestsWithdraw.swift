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
      examples: [
        MethodExample(
          "the student no longer wants the copy (a time without offset is Amsterdam time)",
          params: ["id": "R-2026-0002", "at": "2026-11-29T09:50:00", "note": "withdrawn by the student by phone"],
          result: RequestExamples.r2(["status": "withdrawn", "requester": ["relationship": "student"], "withdrawnAt": "2026-11-29T09:50:00+01:00"]))
      ],
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = WithdrawRequest(id: try p.string("id"), at: try p.instant("at", orNow: service), note: try p.optionalString("note"))
      let record = try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) }
      return .object(RequestsVerifyIdentity.answer(record, for: service.configuration.access.roles(of: context.peer)))
    }
  }
}
