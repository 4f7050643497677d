import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.informed`: the school told the people about a disclosure it made without consent, after
/// recording it (rules.md §0: "zonder toestemming, of informeren van ouders"; decision 41). The
/// disclosure stays as it was; the informing is added and `sharing.uninformed` drops it once every
/// student's holder was told.
enum SharingInformed {
  /// The `sharing.informed` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.informed",
      summary: "Record that the legal representatives or the student were told about a disclosure.",
      description: """
        `whom` is `legalRepresentatives` (required for a student under 16 on `disclosedOn`) or `student` (from 16). \\
        For a disclosure with a student of 18 or more, informing only the parents is refused (-32602 on `whom`): \\
        telling them is itself a disclosure that needs its own basis; inform the student first. `on` in the future is \\
        -32602; a date before `disclosedOn` is accepted (telling in advance is telling). Unknown id: 1001. The \\
        result is the disclosure with `informed`, each student's `informed` and `informingDue` recomputed.
        """,
      params: [
        ParamSpec("id", required: true, "The disclosure, `S-YYYY-NNNN`.", schema: SharingSchemas.text),
        ParamSpec("whom", required: true, "legalRepresentatives or student.", schema: SharingSchemas.choices(InformedParty.self)),
        ParamSpec("on", "When they were told. Default: today (the service's clock, Amsterdam); the answer shows the date used.", schema: SharingSchemas.date),
        ParamSpec("how", required: true, "How (letter, portal message, conversation, ...).", schema: SharingSchemas.text),
      ],
      result: ResultSpec("disclosure", schema: SharingSchemas.disclosure),
      errors: [ErrorSpec(.notFound, "no disclosure with that id")],
      examples: [
        MethodExample("the 17-year-old is told in a conversation with the mentor",
          params: SharingExamples.toldByMentor,
          result: [
            "id": "S-2026-0004", "informingDue": false, "studentInformedOn": "2026-11-27",
            "students": [["id": "5120", "inform": "student", "informed": true]],
          ])
      ],
      roles: SharingSchemas.writers.names
    ) { p, context in
      let id = try p.string("id")
      let entry = Informing(whom: try p.choice("whom", InformedParty.self), on: try p.date("on", orToday: service), how: try p.text("how"))
      let now = service.nowInstant
      return try service.writeSharing(Sharing.name, context) { r throws(RegisterError) in
        try Sharing.informed(id: id, entry, in: r, now: now)
      }
    }
  }
}
