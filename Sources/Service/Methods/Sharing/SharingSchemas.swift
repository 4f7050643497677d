import JSON
import JSONRPC
import Registers
import Rules

/// Schemas and helpers shared by the `sharing.*` and `consents.*` declarations
/// (Protocol/sharing.md; AVG art. 6, 7; UAVG art. 5; rules.md §5).
enum SharingSchemas {
  /// A non-empty text.
  static let text: JSONValue = ["type": "string", "minLength": 1]
  /// A calendar date `YYYY-MM-DD` (Europe/Amsterdam, Protocol/README.md).
  static let date: JSONValue = ["type": "string", "format": "date"]
  /// A list of names (data categories, subject categories).
  static let strings: JSONValue = ["type": "array", "minItems": 1, "items": text]
  /// The JSON Schema `enum` of a closed set, so the spec lists exactly what the rules accept.
  static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["enum": .array(E.allCases.map { .string($0.rawValue) })]
  }

  /// `{id, birthDate}`: the birth date decides who holds consent (UAVG art. 5).
  static let student: JSONValue = [
    "type": "object", "required": ["id", "birthDate"], "additionalProperties": false,
    "properties": ["id": text, "birthDate": date, "consentId": text],
  ]

  /// `{relationship, name}`: who gives or withdraws, in which capacity.
  static let person: JSONValue = [
    "type": "object", "required": ["relationship", "name"], "additionalProperties": false,
    "properties": ["relationship": choices(ConsentGiver.self), "name": text],
  ]

  /// `{whom, on, how}`: one act of informing (decision 41).
  static let informing: JSONValue = [
    "type": "object", "required": ["whom", "on", "how"], "additionalProperties": false,
    "properties": ["whom": choices(InformedParty.self), "on": date, "how": text],
  ]

  /// Schema of one consent record.
  static let consent: JSONValue = [
    "type": "object", "required": ["id", "status", "student", "givenBy", "scope", "purpose", "givenOn"],
    "properties": [
      "id": ["type": "string"], "status": ["enum": ["given", "withdrawn"]], "student": student, "givenBy": person,
      "scope": strings, "purpose": ["type": "string"], "givenOn": date, "ageOnGiving": ["type": "integer"],
      "holderBasis": ["type": "string"], "studentTakesOverOn": date,
      "withdrawal": ["type": "object", "properties": ["on": date, "by": person]], "school": ["type": "string"],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// Schema of one disclosure record.
  static let disclosure: JSONValue = [
    "type": "object", "required": ["id", "recipient", "purpose", "legalBasis", "dataCategories", "students", "disclosedOn"],
    "properties": [
      "id": ["type": "string"], "status": ["const": "recorded"],
      "recipient": ["type": "object", "properties": ["name": ["type": "string"], "role": choices(RecipientRole.self)]],
      "purpose": ["type": "string"], "legalBasis": choices(SharingBasis.self), "specificLaw": ["type": "string"],
      "dataCategories": strings, "disclosedOn": date,
      "students": ["type": "array", "items": ["type": "object", "properties": [
        "id": ["type": "string"], "ageOnDisclosure": ["type": "integer"], "consentId": ["type": "string"],
        "reconfirmationAdvised": ["type": "boolean"], "inform": choices(InformedParty.self), "informed": ["type": "boolean"],
      ]]],
      "informed": ["type": "array", "items": informing], "informingDue": ["type": "boolean"],
      "parentsInformed": ["type": "boolean"], "parentsInformedOn": date, "informedHow": ["type": "string"],
      "studentInformedOn": date,
      "warnings": ["type": "array", "items": ["type": "object", "properties": [
        "kind": ["const": "uninformed"], "text": ["type": "string"], "students": ["type": "array", "items": ["type": "string"]],
      ]]],
      "consentIds": ["type": "array", "items": ["type": "string"]], "school": ["type": "string"],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// Who records consents and disclosures: the privacy officer and the student administration.
  static let writers: [Role] = Role.registerWriters
  /// Who withdraws a consent on the register: the privacy officer (the withdrawal itself comes
  /// from the student or representative, through any channel, art. 7(3)).
  static let withdrawers: [Role] = [.privacyOfficer, .administration]
}

extension AvgdService {
  /// Runs a consents or sharing command as the caller, stamped with the service's "now".
  func writeSharing(_ register: String, _ context: CallContext, _ command: (Register) throws(RegisterError) -> RegisterChange)
    throws(RPCError) -> JSONValue
  {
    .object(try ledger.write(register, actor: context.peer.actor, at: Amsterdam.format(nowInstant), command))
  }

  /// 1003 with `holders` added (Protocol/errors.md): who does hold consent for a student born on
  /// `birthDate` on `on` (UAVG art. 5).
  func withConsentHolders(_ error: RPCError, birthDate: CivilDate?, on: CivilDate) -> RPCError {
    guard error.code == .notEntitled, let birthDate, case .object(var data)? = error.data,
      let resolution = try? RightHolder.resolve(birthDate: birthDate, on: on, convention: leapDayConvention)  // no holders to add: `error` stands
    else { return error }
    data["holders"] = .array((resolution.entry(.consent)?.holders ?? []).map { .string($0.rawValue) })
    return RPCError(code: error.code, message: error.message, data: .object(data))
  }
}
