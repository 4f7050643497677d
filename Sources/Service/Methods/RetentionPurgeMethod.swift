import JSON
import JSONRPC
import Registers
import Rules

/// `retention.purge`: the retention periods of the subject-request and breach registers end
/// (rules.md §8: closure + 5 years, decisions 35–36; AVG art. 5(1)(e)). Expired records are
/// removed and erased from the store's files; one accountability line per record stays (art. 5(2)).
/// The counsellor's dossiers have their own purge (`complaints.purge`), as only that role may
/// touch them.
enum RetentionPurgeMethod {
  /// The registers this method purges, with their default rule (the note names the record by the
  /// register's record name, in the call's language).
  static let registers: [(name: String, rule: String)] = [("requests", "requests-5y"), ("breaches", "breaches-5y")]

  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "retention.purge",
      summary: "Remove closed requests and breaches whose retention has passed; keep one line per record.",
      description: """
        A closed request or breach carries `retainUntil` (closure + 5 years) and `retentionRule`. When `on` is \
        after `retainUntil` the record is removed from its register and its earlier events are erased from \
        the journal and snapshot files; one line stays: "request R-… closed on D, purged on P under retention \
        rule requests-5y". `on` defaults to today (Europe/Amsterdam) and may not be later (-32602). \
        `dryRun: true` lists what would go and changes nothing. Backups made earlier still hold the records.
        """,
      tag: "retention",
      params: [
        ParamSpec("on", "The purge date, YYYY-MM-DD; default today, never later.", schema: ["type": "string", "format": "date"]),
        ParamSpec("dryRun", "true: list only.", schema: ["type": "boolean"]),
      ],
      result: ResultSpec(
        "purge",
        schema: [
          "type": "object", "required": ["on", "dryRun", "registers"],
          "properties": [
            "on": ["type": "string", "format": "date"], "dryRun": ["type": "boolean"],
            "registers": ["type": "object"],
          ],
        ]),
      examples: [
        MethodExample(
          "what would go today", params: ["dryRun": true],
          result: [
            "on": "2026-11-29", "dryRun": true,
            "registers": ["requests": ["count": 0, "purged": []], "breaches": ["count": 0, "purged": []]],
          ])
      ],
      roles: [Role.privacyOfficer].names,
      scope: SchoolScope.boardOnly
    ) { p, context in
      let on = try RetentionRun.date(p, service)
      let dryRun = try p.optionalBool("dryRun") ?? false
      var perRegister = JSONObject()
      for r in registers {
        perRegister[r.name] = .object(
          try RetentionRun.run(service, register: r.name, on: on, dryRun: dryRun, actor: context.peer.actor) {
            register, date in RetentionPurge.changes(in: register, on: date, defaultRule: r.rule)
          })
      }
      return ["on": .string(on.description), "dryRun": .bool(dryRun), "registers": .object(perRegister)]
    }
  }
}
