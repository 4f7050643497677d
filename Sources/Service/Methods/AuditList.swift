import JSON
import JSONRPC
import Registers

/// `audit.list`: who read which records when — the privacy officer's answer to "who has seen this
/// pupil's file?" (AVG art. 5(2) accountability, art. 15(1)(c) recipients, art. 38–39 monitoring).
enum AuditList {
  /// One audit event as returned.
  static let entrySchema: JSONValue = [
    "type": "object", "required": ["id", "at", "actor", "uid", "method", "recordIds"],
    "properties": [
      "id": ["type": "string"], "at": ["type": "string", "format": "date-time"], "actor": ["type": "string"],
      "uid": ["type": "integer"], "method": ["type": "string"], "recordIds": ["type": "array", "items": ["type": "string"]],
    ],
  ]

  /// The `audit.list` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "audit.list", summary: "Audit events of reads of personal data: who, when, which method, which records.",
      description: """
        Every call that returns personal data (a register's `get`, `history`, `list`, `export`, and `breaches.due`) \
        leaves one event. Oldest first, one page at a time (`nextCursor`). Events are kept \(ReadAudit.retentionYears) \
        years, independent of the records they mention (Protocol/access.md). Reading the audit trail is not itself audited.
        """,
      params: [
        ParamSpec("from", "Events on or after this Amsterdam date.", schema: ["type": "string", "format": "date"]),
        ParamSpec("to", "Events on or before this Amsterdam date.", schema: ["type": "string", "format": "date"]),
        ParamSpec("actor", "Only this caller (user name, or `uid:N`).", schema: ["type": "string", "minLength": 1]),
        ParamSpec("recordId", "Only events that returned this record.", schema: ["type": "string", "minLength": 1]),
      ] + Paging.params,
      result: ResultSpec("page", schema: Paging.schema(items: entrySchema)),
      examples: [
        MethodExample(
          "who read D-2026-0001 first", params: ["recordId": "D-2026-0001", "limit": 1],
          result: [
            "items": [
              [
                "id": "A-2026-0002", "at": "2026-11-29T10:00:00+01:00", "actor": .string(ExampleRecorder.actor), "uid": 1001,
                "method": "breaches.get", "recordIds": ["D-2026-0001"],
              ]
            ]
          ])
      ],
      roles: Role.privacyOfficerOnly.names,
      // The recorded items carry the uid of whoever generated the document; the replay checks total and nextCursor.
      volatileResultMembers: ["items"]
    ) { p, _ in
      let from = try p.optionalDate("from")?.description
      let to = try p.optionalDate("to")?.description
      let actor = try p.optionalString("actor")
      let recordID = try p.optionalString("recordId")
      let predicate: @Sendable (JSONObject) -> Bool = { e in
        // `at` is written in Amsterdam time, so its first ten characters are the Amsterdam date.
        let day = String((e["at"]?.stringValue ?? "").prefix(10))
        if let from, day < from { return false }
        if let to, day > to { return false }
        if let actor, e["actor"]?.stringValue != actor { return false }
        if let recordID, !(e["recordIds"]?.arrayValue ?? []).contains(.string(recordID)) { return false }
        return true
      }
      let page = try Paging.page(service, ReadAudit.register, p, where: predicate)
      return Paging.json(page.items, total: page.total, nextCursor: page.nextCursor)
    }
  }
}
