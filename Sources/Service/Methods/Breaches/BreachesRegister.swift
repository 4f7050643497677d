import JSON
import JSONRPC
import Registers
import Rules

/// `breaches.register`: every incident and breach is registered (AVG art. 33(5); Kennisnet),
/// and a data breach starts the 72-hour clock of art. 33(1) at `awareAt` (EDPB 9/2022, decision 26).
enum BreachesRegister {
  /// The `breaches.register` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.register",
      summary: "Register a security incident, data breach or near miss; a data breach gets its 72-hour AP deadline.",
      description: """
        The id is `D-YYYY-NNNN`, YYYY the Europe/Amsterdam year of `awareAt`. Only a `dataBreach` gets `reportBy` = \
        `awareAt` + 72 hours exactly (AVG art. 33(1)): no weekend or holiday roll-over, DST-safe. `awareAt` is the \
        moment the school was reasonably certain personal data was compromised (EDPB guidelines 9/2022); for a \
        processor's breach, when the processor told the school (art. 33(2)). An `awareAt` more than five minutes after \
        now is refused (-32602 on `awareAt`): the school cannot be aware yet, and it would push the deadline out. \
        Record counts and categories, never names.
        """,
      params: [
        ParamSpec("kind", required: true, "securityIncident, dataBreach or nearMiss.", schema: ["enum": .array(BreachKind.allCases.map { .string($0.rawValue) })]),
        ParamSpec("summary", required: true, "What happened, without names (art. 5(1)(c)).", schema: BreachSchemas.text),
        ParamSpec("awareAt", required: true, "When the school became aware; RFC 3339 with offset.", schema: BreachSchemas.instant),
        ParamSpec("occurredAt", "When it happened, if known.", schema: BreachSchemas.instant),
        ParamSpec("discoveredAt", "When anyone first noticed it.", schema: BreachSchemas.instant),
        ParamSpec("source", "internal, processor:<id> or the third party who reported it.", schema: BreachSchemas.text),
        ParamSpec("school", "School or location (registers per board, filtered by school).", schema: BreachSchemas.text),
      ],
      result: BreachSchemas.result,
      examples: BreachExamples.register,
      roles: Role.registerWriters.names
    ) { p, context in
      let input = BreachRegistration(
        kind: try p.choice("kind", BreachKind.self), summary: try p.text("summary"),
        awareAt: try p.breachInstant("awareAt"), occurredAt: try p.optionalBreachInstant("occurredAt"),
        discoveredAt: try p.optionalBreachInstant("discoveredAt"), source: try p.optionalText("source"),
        school: try p.optionalText("school"))
      let now = service.nowInstant
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.register(input, in: r, now: now, by: context.peer.actor)
      }
    }
  }
}
