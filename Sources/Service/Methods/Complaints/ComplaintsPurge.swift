import JSON
import JSONRPC
import Registers
import Rules

/// `complaints.purge`: retention (rules.md §7–8; AVG art. 5(1)(e)). Closed dossiers whose
/// `retainUntil` has passed are removed from the register and their earlier events erased from
/// the journal files (the store's compaction); one accountability line per dossier stays (art. 5(2)).
enum ComplaintsPurge {
  /// The `complaints.purge` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "complaints.purge",
      summary: "Remove closed dossiers whose retention has passed; keep one line per dossier for accountability.",
      description: """
        A closed dossier is purged when `on` is after its `retainUntil`. `on` defaults to today (Europe/Amsterdam) \
        and may not be later (-32602): nothing is purged ahead of time. Each purged dossier leaves one line: \
        `Klachtdossier K-… gesloten op D, verwijderd op P volgens bewaarregel complaints-Ny` (in the call's language), no names. On a store the \
        dossier's earlier events are then erased from the journal and snapshot files (`erasedFromJournal`). \
        `dryRun: true` lists what would be purged and changes nothing.
        """,
      params: [
        ParamSpec("on", "The purge date, YYYY-MM-DD; default today, never later.", schema: ["type": "string", "format": "date"]),
        ParamSpec("dryRun", "true: list only.", schema: ["type": "boolean"]),
      ],
      result: ResultSpec(
        "purge",
        schema: [
          "type": "object", "required": ["on", "count", "purged", "dryRun"],
          "properties": [
            "on": ["type": "string", "format": "date"], "count": ["type": "integer"], "purged": ["type": "array"],
            "dryRun": ["type": "boolean"], "erasedFromJournal": ["type": "boolean"], "journal": ["type": "string"],
          ],
        ]),
      examples: ComplaintExamples.purge,
      roles: ComplaintSchemas.counsellor.names,
      // They depend on where the service keeps its journal (memory when examples are recorded).
      volatileResultMembers: ["erasedFromJournal", "journal"], audit: ReadAudit.mentioned
    ) { p, context in
      let on = try RetentionRun.date(p, service)
      let dryRun = try p.optionalBool("dryRun") ?? false
      var result: JSONObject = ["on": .string(on.description), "dryRun": .bool(dryRun)]
      let run = try RetentionRun.run(
        service, register: Complaints.name, on: on, dryRun: dryRun, actor: context.peer.actor,
        changes: ComplaintPurge.changes)
      for m in run { result[m.key] = m.value }
      return .object(result)
    }
  }
}
