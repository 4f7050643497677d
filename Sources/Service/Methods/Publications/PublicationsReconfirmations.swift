import JSON
import JSONRPC
import Registers
import Rules

/// `publications.reconfirmations`: the due list of parents' consents that now rest with a student of
/// 16 or older (decision 43; duties.md D17): ask the student to confirm or withdraw.
enum PublicationsReconfirmations {
  /// The `publications.reconfirmations` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.reconfirmations",
      summary: "Parents' image consents still in force for students who have turned 16: ask the student to confirm.",
      description: """
        On `on` (default today): every consent that holds, was given by a `parent` or `guardian`, for a student who \
        is 16 or older, with `since` (the 16th birthday) and a Dutch `text`. It leaves the list when the student \
        gives consent (a new record; the parent's may then be withdrawn by the student), withdraws it, or the school \
        year ends. Oldest birthday first. Each school's consents stand apart (a student's own consent at school B \
        does not confirm a parent's at school A); a caller scoped to schools sees only its schools' consents.
        """,
      params: [ParamSpec("on", "The date (default today).", schema: SharingSchemas.date)],
      result: ResultSpec("reconfirmations", schema: [
        "type": "object", "required": ["on", "count", "items"],
        "properties": [
          "on": SharingSchemas.date, "count": ["type": "integer"],
          "items": ["type": "array", "items": [
            "type": "object",
            "properties": [
              "consentId": ["type": "string"], "studentId": ["type": "string"], "channel": PublicationSchemas.channel,
              "since": SharingSchemas.date, "validUntil": SharingSchemas.date, "text": ["type": "string"], "school": ["type": "string"],
            ],
          ]],
        ],
      ]),
      examples: [
        MethodExample("on her 16th birthday, the parent-portal consent her parent gave",
          params: ["on": "2026-12-01"],
          result: ["on": "2026-12-01", "count": 1, "items": [["consentId": "BT-2026-0007", "studentId": "7001", "channel": "OUDERPORTAAL", "since": "2026-12-01"]]])
      ],
      roles: PublicationSchemas.readers.names, audit: .resultItems("items", idMember: "consentId")
    ) { p, context in
      let on = try p.optionalDate("on") ?? service.today
      let convention = service.leapDayConvention
      let items = try service.ledger.read(ImageConsents.name) { r throws(RPCError) in Reconfirmations.due(on: on, in: r, convention: convention) }
      return ["on": .string(on.description), "count": .int(items.count), "items": .array(items.map(JSONValue.object))]
    }
  }
}
