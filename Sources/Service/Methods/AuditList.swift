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
      "answer": [
        "type": "object",
        "description": "A large answer described instead of listed: every record of `register` alive at journal position `through` (`count` of them), meeting `filter` (the read's filter params) as it was then, and for a list page created from `createdFrom` to `createdTo` (Protocol/access.md, \"Audit of reads\").",
        "properties": [
          "register": ["type": "string"], "through": ["type": "integer"], "count": ["type": "integer"], "filter": ["type": "object"],
          "createdFrom": ["type": "integer"], "createdTo": ["type": "integer"],
        ],
      ],
      "scope": ["type": "array", "items": ["type": "string"], "description": "The schools the read was limited to; absent for the whole board."],
    ],
  ]

  /// The `audit.list` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "audit.list", summary: "Audit events of reads of personal data: who, when, which method, which records.",
      description: """
        Every call that returns personal data (a register's `get`, `history`, `list`, `export`, and `breaches.due`) \
        leaves one event. Oldest first, one page at a time (`nextCursor`). Events are kept \(ReadAudit.retentionYears) \
        years, independent of the records they mention (Protocol/access.md). Reading the audit trail is not itself audited. \
        A large answer of a `list` or `export` is described (`answer`: register, journal position, filter) instead of listing its ids; `recordId` still finds \
        exactly the events that returned the record, also after it was purged (Protocol/access.md, section Audit of reads).
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
      // Read from the audit register's facets (`AuditFacets`): the events naming a record come
      // from its postings list, so the answer stays quick however long the trail grows.
      var conditions: [FacetCondition] = []
      if let from = try p.optionalDate("from") { conditions.append(.atLeast(AuditFacets.day, AuditFacets.dayNumber(from))) }
      if let to = try p.optionalDate("to") { conditions.append(.below(AuditFacets.day, AuditFacets.dayNumber(to) + 1)) }
      if let actor = try p.optionalString("actor") { conditions.append(.equals(AuditFacets.actor, .text(actor))) }
      if let id = try p.optionalString("recordId") {
        let page = try AuditReaders.page(service, of: id, conditions: conditions, p)
        return Paging.json(page.items, total: page.total, nextCursor: page.nextCursor)
      }
      let page = try Paging.page(service, ReadAudit.register, p, matching: conditions)
      return Paging.json(page.items, total: page.total, nextCursor: page.nextCursor)
    }
  }
}
