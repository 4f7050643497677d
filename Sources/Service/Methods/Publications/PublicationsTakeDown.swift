import JSON
import JSONRPC
import Registers
import Rules

/// `publications.takeDown`: records that a publication was removed from its channel, which takes it
/// off the take-down list (AVG art. 17(1)(b); duties.md D18; art. 5(2): the school can show it did).
enum PublicationsTakeDown {
  /// The `publications.takeDown` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "publications.takeDown",
      summary: "Record that a publication was taken down.",
      description: """
        Moves the publication from `published` to `takenDown` with the date and an optional note (for example \
        `student made unrecognisable`). Already taken down: 1002. A date in the future or before the publication: \
        -32602; an unknown id: 1001.
        """,
      params: [
        ParamSpec("id", required: true, "The publication, `BP-YYYY-NNNN`.", schema: SharingSchemas.text),
        ParamSpec("takenDownOn", required: true, "When it was removed.", schema: SharingSchemas.date),
        ParamSpec("note", "What was done.", schema: SharingSchemas.text),
      ],
      result: ResultSpec("publication", schema: PublicationSchemas.publication),
      errors: [ErrorSpec(.notFound, "no publication with that id"), ErrorSpec(.invalidTransition, "already taken down")],
      examples: [
        MethodExample("the sports-day page is offline",
          params: ["id": "BP-2026-0001", "takenDownOn": "2026-11-23", "note": PublicationExamples.takeDownNote],
          result: ["id": "BP-2026-0001", "status": "takenDown", "takenDown": ["on": "2026-11-23"]])
      ],
      roles: PublicationSchemas.writers.names
    ) { p, context in
      let (id, on, note) = (try p.text("id"), try p.date("takenDownOn"), try p.optionalText("note"))
      let now = service.nowInstant
      return .object(try service.ledger.write(Publications.name, actor: context.peer.actor, at: Amsterdam.format(now)) {
        r throws(RegisterError) in try Publications.takeDown(id: id, on: on, note: note, in: r, now: now)
      })
    }
  }
}
