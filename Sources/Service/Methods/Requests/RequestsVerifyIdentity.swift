import JSON
import JSONRPC
import Registers
import Wording

/// `requests.verifyIdentity`: how the requester's identity was established (AVG art. 12(6)),
/// without storing any identity document (art. 5(1)(c)). The deadline keeps running (decision 17).
///
/// The command may be repeated, so its answer must not be a way to read requests: a caller who may
/// also `requests.get` (privacy officer, management) gets the whole record; a writer without that
/// right (the administration) gets only `writerView` — where the request stands, never the
/// requester's name, contact or description (AVG art. 5(1)(f), 25, 32). Either answer is audited
/// with the request's id (art. 5(2)), like every read.
enum RequestsVerifyIdentity {
  /// The members a writer who may not read the register gets back: enough to see that the step
  /// was recorded and how the deadline runs.
  /// `alreadyRegistered` is kept so a repeated `requests.open` still says what it did.
  static let writerView = [
    "id", "type", "status", "receivedOn", "dueOn", "dueBy", "extendedDueOn", "extendedDueBy", "identity", "alreadyRegistered",
  ]

  /// The answer for a caller holding `roles`: the record, or its `writerView`. Every request
  /// command that answers an existing record to a writer (verifyIdentity, respond, withdraw,
  /// correct, a repeated open) answers through this, so none is a way to read requests.
  static func answer(_ record: JSONObject, for roles: [Role]) -> JSONObject {
    if roles.contains(where: RequestSchemas.readers.contains) { return RequestRecord.presented(record, in: Language.current) }
    return JSONObject(record.filter { writerView.contains($0.key) }.map { ($0.key, $0.value) })
  }

  /// The result schema: the whole record for readers, `writerView` for the others.
  static let resultSchema: JSONValue = [
    "type": "object", "required": ["id", "type", "status", "dueOn", "identity"],
    "description": .string("The request for callers who may requests.get; otherwise only \(writerView.joined(separator: ", "))."),
    "properties": RequestSchemas.record["properties"] ?? [:],
  ]

  /// The declaration: params, result, errors, examples, roles and handler.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "requests.verifyIdentity",
      summary: "Record how the requester's identity was established; the deadline is not paused.",
      description: "Only the method is stored, in words. Text holding a document or BSN number is refused: avgd never keeps identity documents (AVG art. 5(1)(c), 12(6); rules.md decision 17).",
      params: [
        RequestSchemas.idParam,
        ParamSpec("method", required: true, "How identity was established, in words (no document numbers).", schema: ["type": "string", "minLength": 1, "maxLength": 300]),
        ParamSpec("verifiedAt", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
      ],
      result: ResultSpec("request", schema: resultSchema),
      errors: RequestSchemas.commandErrors,
      examples: RequestExamples.verifyIdentity,
      roles: RequestSchemas.writers.names,
      volatileResultMembers: RequestExamples.volatile, audit: .param("id")
    ) { p, context in
      let command = VerifyIdentity(id: try p.string("id"), method: try p.text("method"), verifiedAt: try p.instant("verifiedAt", orNow: service))
      let record = try service.writeRequest(context) { r, clock throws(RegisterError) in try command.change(in: r, clock: clock) }
      return .object(answer(record, for: service.configuration.access.roles(of: context.peer)))
    }
  }
}
