import JSON
import JSONRPC
import Registers
import Rules

/// `publications.takedowns`: the due list of publications still up after a withdrawal (AVG art.
/// 7(3), 17(1)(b); duties.md D18), until each is recorded as taken down.
enum PublicationsTakedowns {
  /// The `publications.takedowns` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.takedowns",
      summary: "Publications still up that must come down because a student's consent was withdrawn or suspended.",
      description: """
        A publication is on the list on `on` (default today) while it is not taken down, is not printed, and shows a \
        student recognisably whose consent for that channel was withdrawn or suspended by then and who has no \
        consent for it now (a consent given again takes it off; an expired school year alone does not put it on). \
        Each item names those students and `since` (the withdrawal date). Printed items cannot be recalled and are \
        named in the withdrawal's answer instead. Oldest first; record the take-down with `publications.takeDown`. \
        Each publication is weighed against the consents of its own `school` (as it was cleared); a caller scoped to \
        schools sees only its schools' publications.
        """,
      params: [
        ParamSpec("on", "The date (default today).", schema: SharingSchemas.date),
        ParamSpec("channel", "Only this channel.", schema: PublicationSchemas.channel),
      ],
      result: ResultSpec("takedowns", schema: [
        "type": "object", "required": ["on", "count", "items"],
        "properties": ["on": SharingSchemas.date, "count": ["type": "integer"], "items": ["type": "array", "items": PublicationSchemas.takedown]],
      ]),
      examples: [
        MethodExample("after the two website withdrawals",
          params: [:],
          result: [
            "on": "2026-11-29", "count": 1,
            "items": [[
              "publicationId": "BP-2026-0001", "channel": "WEBSITE", "recallable": true,
              "students": [["id": "4521", "since": "2026-11-20"], ["id": "5120", "since": "2026-11-21"]],
            ]],
          ])
      ],
      roles: PublicationSchemas.readers.names, audit: .resultItems("items", idMember: "publicationId"),
      scope: SchoolScope.registers([ImageConsents.name, Publications.name])
    ) { p, context in
      let on = try p.optionalDate("on") ?? service.today
      let items = try list(service, on: on, channel: try p.optionalChoice("channel", PublicationChannel.self), studentID: nil, includePrinted: false)
      return ["on": .string(on.description), "count": .int(items.count), "items": .array(items.map(JSONValue.object))]
    }
  }

  /// The take-down items on `on` (see `Takedowns.due`), read from both registers; `school` given
  /// (`.some(nil)`: board-level) limits them to that school's publications.
  static func list(
    _ service: AvgdService, on: CivilDate, channel: PublicationChannel?, studentID: String?, school: String?? = .none, includePrinted: Bool
  ) throws(RPCError) -> [JSONObject] {
    let consents = try service.ledger.read(ImageConsents.name) { r throws(RPCError) in r }
    return try service.ledger.read(Publications.name) { r throws(RPCError) in
      Takedowns.due(
        on: on, channel: channel, studentID: studentID, onlySchool: school != nil, school: school ?? nil, includePrinted: includePrinted,
        publications: r, consents: consents)
    }
  }
}
