import JSON
import JSONRPC
import Registers
import Rules

/// Schemas and helpers shared by the `processors.*` declarations, so every method describes an
/// agreement's parts the same way (Protocol/processors.md; AVG art. 28, 44–46; rules.md §6).
enum ProcessorSchemas {
  /// A non-empty text.
  static let text: JSONValue = ["type": "string", "minLength": 1]
  /// A calendar date `YYYY-MM-DD` (Europe/Amsterdam, Protocol/README.md).
  static let date: JSONValue = ["type": "string", "format": "date"]
  /// A list of names (data categories, subject categories).
  static let strings: JSONValue = ["type": "array", "items": text]
  /// The JSON Schema `enum` of a closed set, so the spec lists exactly what the rules accept.
  static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["enum": .array(E.allCases.map { .string($0.rawValue) })]
  }

  /// `{name, kvk?, convenantStatus, convenantCheckedOn}` (decision 39).
  static let supplier: JSONValue = [
    "type": "object", "required": ["name", "convenantStatus", "convenantCheckedOn"], "additionalProperties": false,
    "properties": ["name": text, "kvk": text, "convenantStatus": choices(ConvenantStatus.self), "convenantCheckedOn": date],
  ]

  /// `{model, version?, signedBySchool?, signedBySupplier?, effectiveFrom, endDate?}` (art. 28(3), 28(9)).
  static let agreement: JSONValue = [
    "type": "object", "required": ["model", "effectiveFrom"], "additionalProperties": false,
    "properties": [
      "model": choices(AgreementModel.self), "version": text,
      "signedBySchool": [
        "type": "object", "required": ["name", "role", "on"], "additionalProperties": false,
        "properties": ["name": text, "role": text, "on": date],
      ],
      "signedBySupplier": [
        "type": "object", "required": ["name", "on"], "additionalProperties": false, "properties": ["name": text, "on": date],
      ],
      "effectiveFrom": date, "endDate": date,
    ],
  ]

  /// One sub-processor (art. 28(2), 28(4); decision 40).
  static let subProcessor: JSONValue = [
    "type": "object", "required": ["name", "country"], "additionalProperties": false,
    "properties": [
      "name": text, "country": text, "outsideEEA": ["type": "boolean"], "transferMechanism": choices(TransferMechanism.self),
      "approvedOn": date, "noticeOn": date, "objectionDeadline": date,
    ],
  ]

  /// One product with its privacybijsluiter (decision 38).
  static let product: JSONValue = [
    "type": "object", "required": ["name"], "additionalProperties": false,
    "properties": [
      "name": text, "annexVersion": text, "annexDate": date, "active": ["type": "boolean"],
      "dataCategories": strings, "subjectCategories": strings, "processingLocation": text,
      "outsideEEA": ["type": "boolean"], "transferMechanism": choices(TransferMechanism.self),
      "subProcessors": ["type": "array", "items": subProcessor],
    ],
  ]

  /// `{requestedOn?, confirmedOn?}` (art. 28(3)(g)).
  static let returnDeletion: JSONValue = [
    "type": "object", "additionalProperties": false, "properties": ["requestedOn": date, "confirmedOn": date],
  ]

  /// Schema of one agreement record.
  static let record: JSONValue = [
    "type": "object", "required": ["id", "status", "supplier", "agreement", "products"],
    "properties": [
      "id": ["type": "string"], "status": ["enum": ["active", "ended"]], "supplier": supplier, "agreement": agreement,
      "products": ["type": "array", "items": product], "returnDeletion": returnDeletion, "school": ["type": "string"],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// The `id` param.
  static let id = ParamSpec("id", required: true, "The agreement's id, `P-YYYY-NNNN`.", schema: text)
  /// The result of every write: the record as changed.
  static let result = ResultSpec("agreement", schema: record)
  /// Errors every write on an existing record can give.
  static let writeErrors = [
    ErrorSpec(.notFound, "no agreement with that id"),
    ErrorSpec(.invalidTransition, "the agreement has ended: only update is allowed"),
  ]
  /// Who keeps the register: the privacy officer (art. 28 is the controller's duty; the FG
  /// monitors it, art. 39).
  static let writers: [Role] = [.privacyOfficer]
}

extension Params {
  /// The params (or a nested part) as a register input reader with the same dotted paths.
  var reader: InputReader { InputReader(object, path: path) }
}

extension AvgdService {
  /// Runs a processors command as the caller, stamped with the service's "now".
  func writeProcessors(_ context: CallContext, _ command: (Register) throws(RegisterError) -> RegisterChange)
    throws(RPCError) -> JSONValue
  {
    .object(try ledger.write(Processors.name, actor: context.peer.actor, at: Amsterdam.format(nowInstant), command))
  }
}
