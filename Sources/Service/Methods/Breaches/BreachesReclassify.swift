import JSON
import JSONRPC
import Registers

/// `breaches.reclassify`: a changed judgement of what happened is an event with a reason
/// (AVG art. 33(5)); a record that becomes a data breach is due 72 h after the moment the school
/// became aware that personal data was breached (33(1); EDPB guidelines 9/2022), given as `awareAt`.
enum BreachesReclassify {
  /// The `breaches.reclassify` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.reclassify",
      summary: "Change a record's kind, with the reason; becoming a data breach starts the 72 hours at `awareAt`.",
      description: """
        A record that becomes a `dataBreach` needs `awareAt`: when the school became aware that personal data was \
        breached (AVG art. 33(1); EDPB guidelines 9/2022: reasonable certainty that personal data is compromised). \
        `reportBy` = that `awareAt` + 72 h, and the late-reason rule of `breaches.reportToAuthority` follows it. It \
        may not be before the registration's own `awareAt`, after `at`, or more than five minutes after now \
        (-32602 on `awareAt`); it is kept as `breachAwareAt` and in `reclassifications`. For another kind \
        `awareAt` is refused. The AP report and the assessment already recorded stay.
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("kind", required: true, "The new kind.", schema: BreachesAssess.enumSchema(BreachKind.self)),
        ParamSpec("reason", required: true, "Why.", schema: BreachSchemas.text),
        ParamSpec("at", "When it was decided. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("awareAt", "Required for `dataBreach`: when the school became aware that personal data was breached.", schema: BreachSchemas.instant),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.reclassify,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, kind, reason, at) = (try p.string("id"), try p.choice("kind", BreachKind.self), try p.string("reason"), try p.instant("at", orNow: service))
      let (aware, now) = (try p.optionalBreachInstant("awareAt"), service.nowInstant)
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.reclassify(id: id, to: kind, reason: reason, at: at, awareAt: aware, now: now, in: r)
      }
    }
  }
}
