import JSON
import JSONRPC
import Registers

/// `complaints.addReport`: the counsellor registers every conversation with the complainant or the
/// accused (rules.md §7, S&V), facts related to the complaint only.
enum ComplaintsAddReport {
  /// The `complaints.addReport` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "complaints.addReport",
      summary: "Add the report of a conversation to an open dossier.",
      description: """
        Only facts and circumstances related to the complaint belong here (S&V); the counsellor's purely personal \
        notes stay outside avgd. `at` before `openedAt` is -32602; a closed dossier is 1002.
        """,
      params: [
        ComplaintSchemas.id,
        ParamSpec("at", "When the conversation took place. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: ComplaintSchemas.instant),
        ParamSpec("summary", required: true, "What was said and agreed.", schema: ComplaintSchemas.text),
        ParamSpec("with", "complainant, accused, both or other.", schema: ComplaintSchemas.enumSchema(ConversationParty.self)),
      ],
      result: ComplaintSchemas.result,
      errors: ComplaintSchemas.writeErrors,
      examples: ComplaintExamples.addReport,
      roles: ComplaintSchemas.counsellor.names
    ) { p, context in
      let (id, at, summary) = (try p.string("id"), try p.instant("at", orNow: service), try p.string("summary"))
      let with = try p.optionalChoice("with", ConversationParty.self)
      return .object(try service.writeComplaint(context) { r throws(RegisterError) in
        try Complaints.addReport(id: id, at: at, summary: summary, with: with, in: r)
      })
    }
  }
}
