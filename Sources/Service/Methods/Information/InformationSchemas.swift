import JSON
import JSONRPC
import Registers
import Rules
import Store
import Wording

/// Schemas and helpers shared by the `information.*` declarations (Protocol/information.md; AVG
/// art. 12–14; duties.md §3–4, D8–D14).
enum InformationSchemas {
  /// A non-empty text.
  static let text = ProcessorSchemas.text
  /// A calendar date.
  static let date = ProcessorSchemas.date
  /// The audience param.
  static let audience = ProcessorSchemas.choices(Audience.self)
  /// The languages a text is written in: Dutch, and English for the board's international staff
  /// and parents (issue 16 §1). Each is written from the catalogue (`Texts.Information`), so both
  /// say the same; the school reviews a language before it publishes it.
  static let language: JSONValue = ["enum": ["nl", "en"]]
  /// The `language` param: the language of the text (and of the call's other texts).
  static let languageParam = ParamSpec("language", "The language of the text: nl or en; default the daemon's --language (nl).", schema: language)

  /// `{name, address, postcode?, city?, email, phone?, website?}` (art. 13(1)(a)).
  static let board: JSONValue = [
    "type": "object", "required": ["name", "address", "email"], "additionalProperties": false,
    "properties": ["name": text, "address": text, "postcode": text, "city": text, "email": text, "phone": text, "website": text],
  ]
  /// `{name, email, phone?}` (art. 13(1)(b), 37(7)).
  static let dpo: JSONValue = [
    "type": "object", "required": ["name", "email"], "additionalProperties": false,
    "properties": ["name": text, "email": text, "phone": text],
  ]
  /// `{email, address?, webForm?}` (art. 12(2)).
  static let requestChannel: JSONValue = [
    "type": "object", "required": ["email"], "additionalProperties": false,
    "properties": ["email": text, "address": text, "webForm": text],
  ]
  /// The settings record.
  static let settings: JSONValue = [
    "type": "object", "required": ["board", "dpo", "requestChannel", "boardType"],
    "properties": [
      "id": ["type": "string"], "board": board, "dpo": dpo, "requestChannel": requestChannel,
      "boardType": ProcessorSchemas.choices(BoardType.self), "complaintsProcedure": text,
      "updatedAt": ["type": "string", "format": "date-time"], "updatedBy": ["type": "string"],
    ],
  ]

  /// The schema of a generated text: `extra` members beside Markdown, HTML, the section headings
  /// and the SHA-256 of the Markdown.
  static func textResult(_ extra: JSONObject, required: [String]) -> JSONValue {
    var properties: JSONObject = [
      "markdown": ["type": "string"], "html": ["type": "string"], "sections": ProcessorSchemas.strings,
      "sha256": ["type": "string", "pattern": "^[0-9a-f]{64}$"],
    ]
    for m in extra { properties[m.key] = m.value }
    return ["type": "object", "required": .array((required + ["sections", "sha256", "markdown", "html"]).map(JSONValue.string)), "properties": .object(properties)]
  }

  /// One published version.
  static let version: JSONValue = [
    "type": "object", "required": ["id", "audience", "language", "inForceFrom", "sha256", "markdown", "html"],
    "properties": [
      "id": ["type": "string"], "audience": audience, "school": text, "language": language, "inForceFrom": date,
      "changeClass": ProcessorSchemas.choices(ChangeClass.self), "activelyInform": ["type": "boolean"],
      "sha256": ["type": "string"], "activityIds": ProcessorSchemas.strings, "markdown": ["type": "string"], "html": ["type": "string"],
      "note": text, "publishedAt": ["type": "string", "format": "date-time"], "publishedBy": ["type": "string"],
    ],
  ]

  /// The error of an incomplete statement or notice (D9): 1006 with every gap in `data.gaps`.
  static func incomplete(_ gaps: [String]) -> RPCError {
    RPCError(
      code: .conflict, message: "Incomplete",
      data: [
        "field": "settings", "reason": .string(Texts.Information.incomplete.string),
        "gaps": .array(gaps.map(JSONValue.string)),
      ])
  }

  /// The error spec of that refusal.
  static let incompleteError = ErrorSpec(.conflict, "the settings or the record of processing activities lack what the text needs (data.gaps lists it)")

  /// SHA-256 of `text`'s UTF-8 bytes, lower-case hex (the Store's implementation, reused).
  static func sha256(_ text: String) -> String { SHA256.hex(Array(text.utf8)) }

  /// Who writes: the privacy officer (the information duty is the controller's; the FG advises).
  static let writers: [Role] = [.privacyOfficer]
  /// Who may generate and read the texts: every role. They are public information without
  /// personal data (the FG's contact details are published by law, art. 37(7)), and the
  /// administration hands them out at enrolment.
  static let readers: [Role] = Role.anyone
}

extension AvgdService {
  /// The statement for `audience` on `on` from the settings, processing and processor registers
  /// read under one lock, or the 1006 listing its gaps.
  func privacyStatement(audience: Audience, school: String?, on: CivilDate) throws(RPCError) -> PrivacyStatement {
    let convention = leapDayConvention
    let (statement, gaps) = try ledger.read([InformationSettings.register, Processing.name, Processors.name]) { rs throws(RPCError) in
      PrivacyStatement.write(
        audience: audience, school: school, on: on, settings: InformationSettings.current(in: rs[0]), processing: rs[1],
        processors: rs[2], convention: convention)
    }
    guard let statement else { throw InformationSchemas.incomplete(gaps) }
    return statement
  }
}
