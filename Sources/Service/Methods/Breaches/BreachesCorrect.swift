import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `breaches.correct`: corrects facts entered wrongly in a breach record (AVG art. 16 on the
/// register; art. 33(5): the documented facts must be right) with a reason kept in the history,
/// and re-runs `reportBy` (art. 33(1)), the `breaches.due` list and the late-report rule.
enum BreachesCorrect {
  /// The `breaches.correct` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.correct",
      summary: "Correct facts entered wrongly (summary, moments, counts, categories) with a reason; reportBy and lateness are re-run.",
      description: """
        AVG art. 16 applies to the register too. `fields` may hold `summary`, `source`, `school`, `occurredAt`, \
        `discoveredAt`, `awareAt`, `breachAwareAt` (only after a reclassification to dataBreach) and, once assessed, \
        `assessment` with `dataCategories`, `specialCategories`, `subjectCategories`, `subjectsAffected`, \
        `recordsAffected`. Anything else is refused with -32602 on `fields.<name>` saying why: the kind is \
        `breaches.reclassify`, the risk is a judgement (`breaches.assess` again), and the AP report and the notices to \
        the people stay as sent. The moments keep their order and no recorded act may fall before the corrected \
        awareness. `reportBy` (72 h from the awareness) and the `breaches.due` list follow the correction. Once \
        reported, a correction that makes the report late needs `lateReason` (art. 33(1)), kept as \
        `authorityReport.correctedLateReason` with `correctedLate`; one that makes it timely sets `correctedLate: false`; \
        `lateReason` is refused otherwise. `correction.review` says what to tell the AP (`breaches.followUp`). The \
        event's `change` (`breaches.history`) holds every field's old and new value, the recomputed members and the reason. \
        The list of affected people (`breaches.attachAffected`) follows a corrected `school` (event `affected.schoolFollowed`).
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("fields", required: true, "The corrected facts, shaped as the record.", schema: [
          "type": "object",
          "properties": [
            "summary": BreachSchemas.text, "source": BreachSchemas.text, "school": BreachSchemas.text,
            "occurredAt": BreachSchemas.instant, "discoveredAt": BreachSchemas.instant, "awareAt": BreachSchemas.instant,
            "breachAwareAt": BreachSchemas.instant,
            "assessment": [
              "type": "object",
              "properties": [
                "dataCategories": BreachSchemas.strings, "specialCategories": BreachSchemas.strings,
                "subjectCategories": BreachSchemas.strings, "subjectsAffected": BreachSchemas.range,
                "recordsAffected": BreachSchemas.range,
              ],
            ],
          ],
        ]),
        ParamSpec("reason", required: true, "Why the record was wrong (kept in the history).", schema: BreachSchemas.text),
        ParamSpec("lateReason", "Only when the correction makes the AP report late: the reasons for the delay (art. 33(1)).", schema: BreachSchemas.text),
      ],
      result: ResultSpec("corrected", schema: [
        "type": "object", "required": ["breach", "correction"],
        "properties": [
          "breach": BreachSchemas.record,
          "correction": [
            "type": "object", "required": ["reason", "fields"],
            "properties": [
              "reason": ["type": "string"], "fields": ["type": "array"], "recomputed": ["type": "array"],
              "review": ["type": "array", "items": ["type": "string"]],
            ],
          ],
        ],
      ]),
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.correct,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, fields) = (try p.string("id"), try p.nested("fields").object)
      let (reason, lateReason, now) = (try p.optionalString("reason"), try p.optionalString("lateReason"), service.nowInstant)
      let actor = context.peer.actor
      let changes: [RegisterChange]
      do {
        changes = try service.ledger.writeAll(Breaches.name, actor: actor, at: Amsterdam.format(now)) { r throws(RegisterError) in
          [try Breaches.correct(id: id, fields: fields, reason: reason, lateReason: lateReason, now: now, by: actor, in: r)]
        }
      } catch let e as RPCError {
        throw e.schoolAtFieldsPath
      }
      guard let change = changes.last else { throw RPCError.internalError(Texts.Breaches.noChangeJournaled.string) }
      // The list of affected people belongs to the breach: it moves with a corrected school.
      try BreachesAffected.follow(service, id: id, actor: actor)
      return ["breach": .object(change.record), "correction": .object(change.change)]
    }
  }
}
