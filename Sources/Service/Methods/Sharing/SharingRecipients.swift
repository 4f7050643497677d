import JSON
import JSONRPC
import Registers

/// `sharing.recipients`: the actual recipients of one student's data, what and when, for the
/// answer to an access request (AVG art. 15(1)(c); CJEU C-154/21 Österreichische Post: the
/// recipients themselves, not only their categories; decision 25) and for art. 19 notices.
/// The answer is personal data of the student: audited with the disclosure ids it returned (art. 5(2)).
enum SharingRecipients {
  /// The `sharing.recipients` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "sharing.recipients",
      summary: "Who received a student's data, what and when: the recipients part of an access answer.",
      description: """
        Every recorded disclosure that includes the student, oldest first (`disclosedOn`, then id), with recipient, \
        purpose, basis, law, data categories and date; `recipients` lists each recipient once, in order of first \
        disclosure. An unknown student gives empty lists (the school may have shared nothing). Only the sharing \
        register is read: disclosures to processors appear when they were recorded.
        """,
      params: [ParamSpec("studentId", required: true, "The student's id.", schema: SharingSchemas.text)],
      result: ResultSpec("recipients", schema: [
        "type": "object", "required": ["studentId", "recipients", "disclosures"],
        "properties": ["studentId": ["type": "string"], "recipients": ["type": "array"], "disclosures": ["type": "array"], "count": ["type": "integer"]],
      ]),
      examples: [
        MethodExample("for an access request about student 4521",
          params: ["studentId": "4521"],
          result: SharingExamples.recipientsOf4521)
      ],
      roles: Role.registerReaders.names, audit: .resultItems("disclosures", idMember: "disclosureId")
    ) { p, context in
      let id = try p.text("studentId")
      let (disclosures, recipients) = try service.ledger.read(Sharing.name) { r throws(RPCError) in DisclosureRecipients.list(studentID: id, in: r) }
      return [
        "studentId": .string(id), "count": .int(disclosures.count),
        "recipients": .array(recipients.map(JSONValue.object)), "disclosures": .array(disclosures.map(JSONValue.object)),
      ]
    }
  }
}
