import JSON
import JSONRPC
import Registers

/// `requests.verifyIdentity`: how the requester's identity was established (AVG art. 12(6)),
/// without storing any identity document (art. 5(1)(c)). The deadline keeps running (decision 17).
enum RequestsVerifyIdentity {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.verifyIdentity",
      summary: "Record how the requester's identity was established; the deadline is not paused.",
      description: "Only the method is stored, in words. Text holding a document or BSN number is refused: avgd never keeps identity documents (AVG art. 5(1)(c), 12(6); rules.md decision 17).",
      params: [
        RequestSchemas.idParam,
        ParamSpec("method", required: true, "How identity was established, in words (no document numbers).", schema: ["type": "string", "minLength": 1, "maxLength": 300]),
        ParamSpec("verifiedAt", required: true, "When.", schema: RequestSchemas.instant),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors,
      examples: [
        MethodExample(
          "identity shown at the desk",
          params: ["id": "R-2026-0001", "method": "passport shown at the front desk; no copy kept", "verifiedAt": "2026-11-27T09:00:00+01:00"],
          result: RequestExamples.r1(["identity": ["method": "passport shown at the front desk; no copy kept", "verifiedAt": "2026-11-27T09:00:00+01:00"]]))
      ],
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      let command = VerifyIdentity(id: try p.string("id"), method: try p.text("method"), verifiedAt: try p.instant("verifiedAt"))
      return .object(try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) })
    }
  }
}
