import JSON
import JSONRPC
import Registers

/// `breaches.addMeasure`: the measures taken or proposed (AVG art. 33(3)(d)) and the remedial
/// action the register must show (33(5)).
enum BreachesAddMeasure {
  /// The `breaches.addMeasure` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.addMeasure",
      summary: "Record a measure taken to deal with the breach or prevent it again.",
      params: [
        BreachSchemas.id,
        ParamSpec("at", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("description", required: true, "What was done.", schema: BreachSchemas.text),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.addMeasure,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, at, text) = (try p.string("id"), try p.instant("at", orNow: service), try p.string("description"))
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.addMeasure(id: id, at: at, description: text, in: r)
      }
    }
  }
}
