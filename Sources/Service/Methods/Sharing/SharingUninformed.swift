import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.uninformed`: the due list of disclosures made without consent whose people were not
/// told yet (rules.md §0 and §5; decision 41), oldest first, so none is forgotten.
enum SharingUninformed {
  /// The `sharing.uninformed` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.uninformed",
      summary: "Disclosures on a legal obligation or public task whose legal representatives or student were not told yet.",
      description: """
        Every `AVG6_1c`/`AVG6_1e` disclosure with a student whose holder (`legalRepresentatives` under 16 on \\
        `disclosedOn`, `student` from 16) was not told, oldest first, then by id: `{count, items: [{id, disclosedOn, \\
        daysSince, recipient, purpose, legalBasis, specificLaw, students: [{id, inform}]}]}`. `daysSince` counts \\
        from `disclosedOn` to today (Europe/Amsterdam). `sharing.informed` records the informing and removes it.
        """,
      params: [],
      result: ResultSpec("uninformed", schema: [
        "type": "object", "required": ["count", "items"],
        "properties": ["count": ["type": "integer"], "items": ["type": "array", "items": ["type": "object"]]],
      ]),
      examples: [
        MethodExample("the absence report of the 17-year-old, not yet told", params: [:],
          result: ["count": 1, "items": [["id": "S-2026-0004", "daysSince": 5, "students": [["id": "5120", "inform": "student"]]]]])
      ],
      roles: (Role.registerReaders + [.administration]).names, audit: .resultItems("items")
    ) { _, context in
      let today = Amsterdam.date(of: service.nowInstant)
      let records = try service.ledger.read(Sharing.name) { r throws(RPCError) in Sharing.uninformed(in: r) }
      let items: [JSONValue] = records.map { r in
        var o: JSONObject = [:]
        for k in ["id", "disclosedOn", "recipient", "purpose", "legalBasis", "specificLaw"] { o[k] = r[k] }
        let on = r["disclosedOn"]?.storedDate
        o["daysSince"] = on.map { .int(today.daysSinceEpoch - $0.daysSinceEpoch) } ?? .null
        o["students"] = .array(Sharing.uninformedStudents(r).map { ["id": .string($0.id), "inform": .string($0.whom)] })
        return .object(o)
      }
      return ["count": .int(items.count), "items": .array(items)]
    }
  }
}
