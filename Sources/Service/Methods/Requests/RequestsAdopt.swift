import JSON
import JSONRPC
import Registers

/// `requests.adopt`: the student continues a parent's request after becoming its holder, with
/// the original deadline (rules.md §1.5, decision 5; 18 for results and for BW 1:377c).
enum RequestsAdopt {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.adopt",
      summary: "The student adopts a parent's request after turning 16 (18 for results and BW 1:377c); the deadline is unchanged.",
      description: "Allowed in `holderChanged`, and in `open`/`extended` once the original requester has lost standing on `at`. 1003 when the student does not hold the right on `at`; 1006 when nothing changed.",
      params: [
        RequestSchemas.idParam,
        ParamSpec("by", required: true, "Who adopts: the student.", schema: ["enum": ["student"]]),
        ParamSpec("at", "When the student said so. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors + [
        ErrorSpec(.notEntitled, "the student does not hold the right on `at`"),
        ErrorSpec(.conflict, "the original requester still holds the right, or had none at receipt"),
      ],
      examples: RequestExamples.adopt,
      roles: RequestSchemas.legalSteps.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      _ = try p.string("by")
      let command = AdoptRequest(id: try p.string("id"), at: try p.instant("at", orNow: service))
      return .object(try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) })
    }
  }
}
