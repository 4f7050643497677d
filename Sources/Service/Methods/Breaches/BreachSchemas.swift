import JSON
import JSONRPC
import Registers
import Rules

/// Schemas and params shared by the `breaches.*` declarations, so every method describes the
/// record and its instants the same way (Protocol/breaches.md).
enum BreachSchemas {
  /// An RFC 3339 instant with offset (the offset is required: art. 33(1) counts from an exact moment).
  static let instant: JSONValue = ["type": "string", "format": "date-time"]
  /// A non-empty text.
  static let text: JSONValue = ["type": "string", "minLength": 1]
  /// A list of category names.
  static let strings: JSONValue = ["type": "array", "items": ["type": "string"]]
  /// `{min, max}`, an approximate count (art. 33(3)(a)).
  static let range: JSONValue = [
    "type": "object", "required": ["min", "max"], "additionalProperties": false,
    "properties": ["min": ["type": "integer", "minimum": 0], "max": ["type": "integer", "minimum": 0]],
  ]

  /// The `id` param.
  static let id = ParamSpec("id", required: true, "The record's id, `D-YYYY-NNNN`.", schema: text)

  /// Schema of one breach record.
  static let record: JSONValue = [
    "type": "object", "required": ["id", "kind", "status", "summary", "awareAt"],
    "properties": [
      "id": ["type": "string"], "kind": ["enum": .array(BreachKind.allCases.map { .string($0.rawValue) })],
      "status": ["enum": ["registered", "assessed", "reported", "closed"]], "summary": ["type": "string"],
      "source": ["type": "string"], "school": ["type": "string"], "occurredAt": instant, "discoveredAt": instant,
      "awareAt": instant, "breachAwareAt": instant, "reportBy": ["type": ["string", "null"]],
      "registeredAt": instant, "registeredBy": ["type": "string"],
      "authorityReportRequired": ["type": ["boolean", "null"]],
      "subjectsNotificationRequired": ["type": ["boolean", "null"]],
      "assessment": ["type": "object"], "authorityReport": ["type": "object"],
      "notifications": ["type": "array"], "measures": ["type": "array"], "reclassifications": ["type": "array"],
      "closedAt": instant, "lessonsLearned": ["type": "string"], "retainUntil": ["type": "string", "format": "date"],
    ],
  ]

  /// The result spec of every write: the record as changed.
  static let result = ResultSpec("breach", schema: record)

  /// Errors every write on an existing record can give.
  static let writeErrors = [
    ErrorSpec(.notFound, "no breach with that id"),
    ErrorSpec(.invalidTransition, "the record's status (or kind, or an unmet duty) does not allow this action"),
  ]

  /// Who may decide on a breach: the privacy officer (FG, AVG art. 38–39).
  static let deciders: [Role] = [.privacyOfficer]
}

extension Params {
  /// A required instant, through the one reader (-32602 naming the field).
  func breachInstant(_ name: String) throws(RPCError) -> Instant { try instant(name) }

  /// An optional instant.
  func optionalBreachInstant(_ name: String) throws(RPCError) -> Instant? {
    guard has(name) else { return nil }
    return try breachInstant(name)
  }

  /// An optional `{min, max}` count range.
  func countRange(_ name: String) throws(RPCError) -> CountRange? {
    guard let r = try optionalNested(name) else { return nil }
    let (min, max) = (try r.int("min"), try r.int("max"))
    do { return try CountRange(min: min, max: max, field: field(name)) } catch { throw error.rpcError }
  }
}

extension AvgdService {
  /// Runs a breach command as the caller, stamped with the service's "now", and returns the record.
  func writeBreach(_ context: CallContext, _ command: (Register) throws(RegisterError) -> RegisterChange)
    throws(RPCError) -> JSONValue
  {
    .object(try ledger.write(Breaches.name, actor: context.peer.actor, at: Amsterdam.format(nowInstant), command))
  }
}
