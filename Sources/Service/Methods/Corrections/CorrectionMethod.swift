import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// One `<register>.correct` method (issue 16 §6; AVG art. 16 applies to avgd's own registers, art.
/// 5(1)(d) accuracy), declared from what its register declares: the correctable fields with the
/// reasons for the refused ones, the derived members, and the re-run through the register's own
/// entry reader and entry command. Every such method has the same params (`id`, `fields`,
/// `reason`), the same result (`{<record>, correction}`) and the same handler, so they are one
/// generic declaration here instead of six hand-written copies (`Corrections.all`).
struct CorrectionMethod: Sendable {
  /// What a re-run gets besides the merged record: the clock, the caller, the service settings and
  /// the second register it reads (the consents behind a disclosure or publication), if any.
  struct Environment {
    /// The service's "now".
    let now: Instant
    /// Who corrects.
    let actor: String
    /// The service (settings: leap-day convention, renewal date, retention years).
    let service: AvgdService
    /// The register read beside the corrected one, as of the same turn.
    let other: Register?
  }

  /// `consents.correct`.
  let name: String
  /// The register corrected.
  let register: String
  /// A register read in the same turn (the entry command reads it too), or nil.
  let reading: String?
  /// The result member holding the record (`consent`).
  let resultName: String
  /// The record's schema (the entry method's result).
  let recordSchema: JSONValue
  /// The `fields` param's properties, shaped as the entry method's params.
  let fieldProperties: JSONObject
  /// One line.
  let summary: String
  /// What may be corrected, what is recomputed, what is refused.
  let description: String
  /// Who may correct: the roles that may write the register.
  let roles: [Role]
  /// The declared school scope, when the register's own is not derived from the method name.
  let scope: String?
  /// Recorded examples, replayed as tests.
  let examples: [MethodExample]
  /// The register's declaration of what may be corrected (per call: its reasons follow the language).
  let fields: @Sendable () -> CorrectableFields
  /// The members derived at entry, recomputed.
  let derived: [String]
  /// The record as the register's entry would write it from the merged facts.
  let rerun: @Sendable (RecordCorrection.Rerun, Environment) throws(RegisterError) -> JSONObject

  /// The declaration bound to `service`.
  func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: name, summary: summary, description: description,
      params: [
        ParamSpec("id", required: true, "The record's id.", schema: ["type": "string", "minLength": 1]),
        ParamSpec("fields", required: true, "The corrected facts, shaped as in the entry method; only the fields that change.", schema: [
          "type": "object", "properties": .object(fieldProperties),
        ]),
        ParamSpec("reason", required: true, "Why the record was wrong (kept in the history).", schema: ["type": "string", "minLength": 1]),
      ],
      result: ResultSpec("corrected", schema: [
        "type": "object", "required": [.string(resultName), "correction"],
        "properties": [
          resultName: recordSchema,
          "correction": [
            "type": "object", "required": ["reason", "fields"],
            "properties": [
              "reason": ["type": "string"], "fields": ["type": "array"], "recomputed": ["type": "array"],
              "review": ["type": "array", "items": ["type": "string"]],
            ],
          ],
        ],
      ]),
      errors: [
        ErrorSpec(.notFound, "no record with that id"),
        ErrorSpec(.invalidTransition, "the record's status allows no correction"),
        ErrorSpec(.notEntitled, "as the entry method gives it: the corrected giver does not hold consent on the corrected date (consents, image consents), a consent is about another student (sharing)"),
        ErrorSpec(.conflict, "as the entry method gives it: the corrected facts conflict with the consents they rest on (sharing, publications)"),
      ],
      examples: examples, roles: roles.names, scope: scope
    ) { p, context in
      let command = RecordCorrection(id: try p.text("id"), fields: try p.nested("fields").object, reason: try p.optionalString("reason"))
      let (now, actor, fields) = (service.nowInstant, context.peer.actor, self.fields())
      var made: RegisterChange?
      func run(_ r: Register, _ other: Register?) throws(RegisterError) -> RegisterChange {
        let env = Environment(now: now, actor: actor, service: service, other: other)
        let change = try command.change(in: r, fields: fields, derived: derived, now: now, by: actor) { x throws(RegisterError) in
          try rerun(x, env)
        }
        made = change
        return change
      }
      do {
        if let reading {
          try service.ledger.write(register, reading: reading, actor: actor, at: Amsterdam.format(now)) { r, o throws(RegisterError) in try run(r, o) }
        } else {
          try service.ledger.write(register, actor: actor, at: Amsterdam.format(now)) { r throws(RegisterError) in try run(r, nil) }
        }
      } catch let e as RPCError {
        throw e.schoolAtFieldsPath
      }
      guard let made else { throw RPCError.internalError(Texts.Corrections.notJournaled.string) }
      return [resultName: .object(made.record), "correction": .object(made.change)]
    }
  }

  /// Runs the entry method's own param reader over the merged record (at path `fields`, so a
  /// refusal names `fields.<path>` with the entry's own reason), as a register refusal.
  static func reading<T>(_ body: () throws(RPCError) -> T) throws(RegisterError) -> T {
    do { return try body() } catch {
      let field = error.data?["field"]?.stringValue ?? ""
      throw .invalid(field.hasPrefix("fields") ? field : "fields.\(field)", error.data?["reason"]?.stringValue ?? error.message)
    }
  }

  /// The merged record as the entry method's params, at path `fields`.
  static func params(_ r: RecordCorrection.Rerun) -> Params { Params(r.merged, path: "fields") }
}

extension CorrectionMethod {
  /// An entry schema of an object without its `required` list: a correction gives only what changes.
  static func partial(_ schema: JSONValue) -> JSONValue {
    guard var o = schema.objectValue else { return schema }
    o["required"] = nil
    return .object(o)
  }
}
