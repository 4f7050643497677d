import JSON
import JSONRPC
import Registers

/// `requests.route`: a student's own request under 16 goes to the legal representatives, or is
/// accepted for the student with a recorded justification (rules.md §1.3 [!], settled decision 7:
/// registered, never turned away).
enum RequestsRoute {
  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.route",
      summary: "A student's own request under 16: route it to the legal representatives, or accept it for the student with a justification.",
      description: """
        Only for a request with `route.status: pending` (a student under 16 asking for themselves; rules.md decision 7). \
        `to: legalRepresentatives`: the parents become the requester (`originalRequester` keeps the student); the \
        receipt and deadline stay. `to: student`: an authorised staff member (`decidedBy`) accepts the student's own \
        request; `justification` records the student's capacity (EDPB Guidelines 01/2022: the child's best interest). \
        1006 when the student is already 16 on `at` (decide the request: the re-check finds standing) or it was routed.
        """,
      params: [
        RequestSchemas.idParam,
        ParamSpec("to", required: true, "Where the request goes.", schema: ["enum": RequestSchemas.values(RouteTarget.self)]),
        ParamSpec("at", "When it was routed or accepted. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
        ParamSpec("justification", "Why the student can handle this request personally (required for `to: student`).", schema: RequestSchemas.text),
        ParamSpec("decidedBy", "Who accepted it, with authority (required for `to: student`).", schema: RequestsDecide.decisionMakerSchema),
      ],
      result: ResultSpec("request", schema: RequestSchemas.record),
      errors: RequestSchemas.commandErrors + [
        ErrorSpec(.conflict, "not a student's own request under 16 waiting to be routed, or the student is 16 on `at`")
      ],
      examples: RequestExamples.route,
      roles: RequestSchemas.legalSteps.names,
      volatileResultMembers: RequestExamples.volatile
    ) { p, context in
      var maker: DecisionMaker? = nil
      if p.has("decidedBy") { maker = try RequestsDecide.decisionMaker(p) }
      let command = RouteRequest(
        id: try p.string("id"), to: try p.choice("to", RouteTarget.self), at: try p.instant("at", orNow: service),
        justification: try p.optionalString("justification"), decidedBy: maker)
      return .object(try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) })
    }
  }
}
