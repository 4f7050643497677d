import JSON
import JSONRPC
import Registers
import Rules

/// `information.configure` and `information.settings`: the board's contact details, its data
/// protection officer and the request channel, which every statement and notice names (AVG art.
/// 12(2), 13(1)(a)–(b), 37(7); duties.md D9, D13). Kept in a register of their own so each change
/// is journaled with who made it (art. 5(2)).
enum InformationConfigure {
  /// The `information.configure` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.configure",
      summary: "Set the board's contact details, the data protection officer, the request channel and the board type.",
      description: """
        Replaces the whole set each time (a member left out is gone). `boardType` decides the remedy the texts \
        name after a decision on a request (D14): an Awb objection to the board for `gemeente`, \
        `openbareRechtspersoon` and `stichtingOpenbaar`, a petition to the court (UAVG art. 35) for `bijzonder`. \
        An e-mail address without one `@` and a dotted domain is -32602. The history (`before`) keeps the \
        previous settings.
        """,
      params: [
        ParamSpec("board", required: true, "The board as controller and its contact details.", schema: InformationSchemas.board),
        ParamSpec("dpo", required: true, "The data protection officer (FG).", schema: InformationSchemas.dpo),
        ParamSpec("requestChannel", required: true, "Where requests go.", schema: InformationSchemas.requestChannel),
        ParamSpec("boardType", required: true, "The board's legal form (D13).", schema: ProcessorSchemas.choices(BoardType.self)),
        ParamSpec("complaintsProcedure", "Where the complaints procedure is published.", schema: InformationSchemas.text),
      ],
      result: ResultSpec("settings", schema: InformationSchemas.settings),
      examples: [
        MethodExample("the examples' board", params: InformationExamples.settings,
          result: ["id": "board", "boardType": "bijzonder", "dpo": ["name": InformationExamples.dpoName]])
      ],
      roles: InformationSchemas.writers.names
    ) { p, context in
      let now = service.nowInstant
      return .object(
        try service.ledger.write(InformationSettings.register, actor: context.peer.actor, at: Amsterdam.format(now)) { r throws(RegisterError) in
          try InformationSettings.configure(p.reader, in: r, now: now, by: context.peer.actor)
        })
    }
  }

  /// The `information.settings` declaration bound to `service`.
  static func read(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "information.settings",
      summary: "The settings the texts are written from; 1001 before information.configure.",
      result: ResultSpec("settings", schema: InformationSchemas.settings),
      errors: [ErrorSpec(.notFound, "not configured yet")],
      examples: [MethodExample("as configured", params: [:], result: ["board": ["name": InformationExamples.boardName]])],
      roles: InformationSchemas.readers.names
    ) { _, _ in
      try service.ledger.read(InformationSettings.register) { r throws(RPCError) in
        guard let s = InformationSettings.current(in: r) else {
          throw RegisterError.notFound(register: InformationSettings.register, id: InformationSettings.recordID).rpcError
        }
        return .object(s.json)
      }
    }
  }
}
