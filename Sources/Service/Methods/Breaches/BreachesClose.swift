import JSON
import JSONRPC
import Registers
import Wording

/// `breaches.close`: the end of the handling. A data breach closes only when its duties are met
/// (assessed, AVG art. 33(5); reported when required, 33(1); people told when required, 34(1)),
/// otherwise 1002 listing what is allowed. Kept until closure + 5 years (decision 35).
enum BreachesClose {
  /// The `breaches.close` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.close",
      summary: "Close the record, with lessons learned; refused (1002) while a duty is open.",
      description: """
        A `dataBreach` that is not assessed, or assessed `risk`/`high` but never reported to the AP, or `high` \
        without an exemption and nobody told, cannot be closed: 1002 with `status` and `allowed` (which shows the \
        missing step). A closed record takes no further changes. `retainUntil` = closing date + 5 years.
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("closedAt", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("lessonsLearned", "What the school changes because of it.", schema: BreachSchemas.text),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.close,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, at, lessons) = (try p.string("id"), try p.instant("closedAt", orNow: service), try p.optionalText("lessonsLearned"))
      let record = try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.close(id: id, closedAt: at, lessonsLearned: lessons, in: r)
      }
      // A list of affected people is kept at most until the entry closes (rules.md §8).
      try BreachesAffected.delete(service, id: id, reason: Texts.Breaches.afterClosing, actor: context.peer.actor)
      return record
    }
  }
}
