import JSON
import JSONRPC
import Registers
import Rules

/// `breaches.due`: data breaches still waiting for their AP notification (AVG art. 33(1)), soonest
/// first, so nobody misses the 72 hours over a weekend.
enum BreachesDue {
  /// The `breaches.due` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.due",
      summary: "Data breaches not yet reported whose AP report is required or not yet assessed, with hours left or overdue.",
      description: """
        `on` defaults to now; an instant is taken as is, a date as 00:00 Europe/Amsterdam. Each item has \
        `hoursLeft` (rounded down) or `hoursOverdue` (rounded up), two decimals, exact elapsed hours (art. 33(1)).
        """,
      params: [ParamSpec("on", "The moment to count from: an RFC 3339 instant or a date.", schema: ["type": "string"])],
      result: ResultSpec("due", schema: [
        "type": "object", "required": ["at", "items"],
        "properties": ["at": BreachSchemas.instant, "items": ["type": "array", "items": ["type": "object"]]],
      ]),
      examples: BreachExamples.due,
      roles: Role.registerReaders.names, audit: .resultItems("items")
    ) { p, context in
      var at = service.nowInstant
      if let s = try p.optionalString("on") {
        if s.count == 10 { at = Amsterdam.startOfDay(try p.date("on")) } else { at = try p.breachInstant("on") }
      }
      let items = try service.ledger.read(Breaches.name) { r throws(RPCError) in BreachDue.list(in: r, at: at) }
      return ["at": .string(Amsterdam.format(at)), "items": .array(items.map(\.json))]
    }
  }
}
