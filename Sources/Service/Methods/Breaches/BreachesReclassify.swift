import JSON
import JSONRPC
import Registers

/// `breaches.reclassify`: a changed judgement of what happened is an event with a reason
/// (AVG art. 33(5)); a record that becomes a data breach is due 72 h after its original awareAt (33(1)).
enum BreachesReclassify {
  /// The `breaches.reclassify` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.reclassify",
      summary: "Change a record's kind, with the reason; becoming a data breach starts no new clock.",
      description: "The deadline of a record that becomes a `dataBreach` is its original `awareAt` + 72 h (art. 33(1)); the AP report and the assessment already recorded stay.",
      params: [
        BreachSchemas.id,
        ParamSpec("kind", required: true, "The new kind.", schema: BreachesAssess.enumSchema(BreachKind.self)),
        ParamSpec("reason", required: true, "Why.", schema: BreachSchemas.text),
        ParamSpec("at", required: true, "When it was decided; RFC 3339 with offset.", schema: BreachSchemas.instant),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: [
        MethodExample(
          "the stolen laptop held student files",
          params: [
            "id": "D-2026-0003", "kind": "dataBreach", "reason": "The laptop's disk was not encrypted and held student files",
            "at": "2026-11-28T14:00:00+01:00",
          ],
          result: ["id": "D-2026-0003", "kind": "dataBreach", "awareAt": "2026-11-28T09:00:00+01:00", "reportBy": "2026-12-01T09:00:00+01:00"])
      ],
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, kind, reason, at) = (try p.string("id"), try p.choice("kind", BreachKind.self), try p.string("reason"), try p.breachInstant("at"))
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.reclassify(id: id, to: kind, reason: reason, at: at, in: r)
      }
    }
  }
}
