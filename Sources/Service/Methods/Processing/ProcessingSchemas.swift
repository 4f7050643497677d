import JSON
import JSONRPC
import Registers
import Rules

/// Schemas and helpers shared by the `processing.*` declarations, so every method describes an
/// activity's parts the same way (Protocol/processing.md; AVG art. 30(1), 35; duties.md §1–2, D1–D7).
enum ProcessingSchemas {
  /// A non-empty text.
  static let text = ProcessorSchemas.text
  /// A calendar date.
  static let date = ProcessorSchemas.date
  /// A list of texts.
  static let strings = ProcessorSchemas.strings
  /// The `enum` of a closed set.
  static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ProcessorSchemas.choices(type)
  }
  /// A list of codes of a closed set, each once.
  static func codes<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["type": "array", "uniqueItems": true, "items": choices(type)]
  }

  /// `{letter, law?, article?, legitimateInterest?}` (art. 6(1), 6(3), 13(1)(d); D2).
  static let legalBasis: JSONValue = [
    "type": "object", "required": ["letter"], "additionalProperties": false,
    "properties": ["letter": choices(BasisLetter.self), "law": choices(LawCode.self), "article": text, "legitimateInterest": text],
  ]
  /// `{name, special?, identifier?}`.
  static let dataCategory: JSONValue = [
    "type": "object", "required": ["name"], "additionalProperties": false,
    "properties": ["name": text, "special": choices(SpecialDataCategory.self), "identifier": choices(IdentifyingNumber.self)],
  ]
  /// `{name, role, includes?}`: a recipient (category) and the organisations it covers.
  static let recipient: JSONValue = [
    "type": "object", "required": ["name", "role"], "additionalProperties": false,
    "properties": ["name": text, "role": choices(RecipientRole.self), "includes": strings],
  ]
  /// `{recipient, country, mechanism}` (art. 44–46).
  static let transfer: JSONValue = [
    "type": "object", "required": ["recipient", "country", "mechanism"], "additionalProperties": false,
    "properties": ["recipient": text, "country": text, "mechanism": choices(TransferMechanism.self)],
  ]
  /// `{count?, unit?, trigger, source, sourceText}` (D3, D4).
  static let retention: JSONValue = [
    "type": "object", "required": ["trigger", "source", "sourceText"], "additionalProperties": false,
    "properties": [
      "count": ["type": "integer", "minimum": 1], "unit": choices(RetentionUnit.self), "trigger": choices(RetentionTrigger.self),
      "source": choices(RetentionSource.self), "sourceText": text,
    ],
  ]
  /// The DPIA facts (WP248 rev.01; AP list; art. 35(7), 36; D5).
  static let dpia: JSONValue = [
    "type": "object", "additionalProperties": false,
    "properties": [
      "criteria": codes(DPIACriterion.self), "apListTypes": codes(APListType.self), "vulnerableClearedReason": text,
      "performedOn": date, "outcome": choices(DPIAOutcome.self), "reference": text, "notRequiredReason": text,
    ],
  ]

  /// The params of an activity's parts (`register` requires name, purpose, legalBasis, subjects, data).
  static func partParams(required: Bool) -> [ParamSpec] {
    [
      ParamSpec("name", required: required, "The activity's name (\"Leerlingadministratie\").", schema: text),
      ParamSpec("purpose", required: required, "What it is for (art. 30(1)(b)).", schema: text),
      ParamSpec("school", "The school it is limited to; absent for the whole board.", schema: text),
      ParamSpec("owner", "Who in the school is responsible (a role, not a name).", schema: text),
      ParamSpec("legalBasis", required: required, "Art. 6(1) letter, the law for (c)/(e), the interest for (f).", schema: legalBasis),
      ParamSpec("subjectCategories", required: required, "Categories of data subjects (art. 30(1)(c)).", schema: codes(SubjectCategory.self)),
      ParamSpec("dataCategories", required: required, "Categories of data, special categories and national numbers marked.", schema: ["type": "array", "items": dataCategory]),
      ParamSpec("art9Exception", "The art. 9(2) exception relied on for special categories.", schema: text),
      ParamSpec("recipients", "Recipients (categories) with the organisations they cover (art. 30(1)(d)).", schema: ["type": "array", "items": recipient]),
      ParamSpec("processors", "Ids of processor agreements (`P-YYYY-NNNN`) in the processor register.", schema: strings),
      ParamSpec("transfers", "Transfers outside the EEA with their mechanism (art. 30(1)(e)).", schema: ["type": "array", "items": transfer]),
      ParamSpec("retention", "How long, from when, and where that period comes from (art. 30(1)(f)).", schema: retention),
      ParamSpec("securityMeasures", "Short descriptions of the art. 32 measures.", schema: strings),
      ParamSpec("securityPolicy", "The information-security policy the measures are in.", schema: text),
      ParamSpec("dpia", "DPIA facts: WP248 criteria, AP-list types, date and outcome.", schema: dpia),
      ParamSpec("sources", "Where data not obtained from the person come from (art. 14(2)(f)).", schema: strings),
    ]
  }

  /// Schema of one activity record.
  static let record: JSONValue = [
    "type": "object", "required": ["id", "status", "name", "purpose", "legalBasis", "subjectCategories", "dataCategories"],
    "properties": [
      "id": ["type": "string"], "status": choices(ProcessingStatus.self), "name": text, "purpose": text, "school": text, "owner": text,
      "legalBasis": legalBasis, "subjectCategories": codes(SubjectCategory.self), "dataCategories": ["type": "array", "items": dataCategory],
      "art9Exception": text, "recipients": ["type": "array", "items": recipient], "processors": strings,
      "transfers": ["type": "array", "items": transfer], "retention": retention, "securityMeasures": strings, "securityPolicy": text,
      "dpia": dpia, "sources": strings, "endedOn": date, "endReason": text, "changedOn": date,
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// The `id` param.
  static let id = ParamSpec("id", required: true, "The activity's id, `VA-YYYY-NNNN`.", schema: text)
  /// The result of every write: the record as changed.
  static let result = ResultSpec("activity", schema: record)
  /// Who keeps the record: the privacy officer (art. 30 is the board's duty; the FG keeps it in
  /// practice, Kennisnet).
  static let writers: [Role] = [.privacyOfficer]
  /// Who reads it: the privacy officer and management (the board answers for it and shows it to
  /// the AP, art. 30(4)). It holds no personal data, but the administration has no need for it.
  static let readers: [Role] = Role.registerReaders
}

extension AvgdService {
  /// Runs a processing command as the caller, with the processor register read under the same lock.
  func writeProcessing(_ context: CallContext, _ command: (Register, Register) throws(RegisterError) -> RegisterChange)
    throws(RPCError) -> JSONValue
  {
    .object(try ledger.write(Processing.name, reading: Processors.name, actor: context.peer.actor, at: Amsterdam.format(nowInstant), command))
  }
}
