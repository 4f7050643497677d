import JSON
import Rules

/// The wire form of `Rules` values and their JSON Schemas, shared by the rights, deadlines and
/// calendar methods so every method writes a right, a basis or a date the same way.
enum RulesJSON {
  /// `YYYY-MM-DD`.
  static let dateSchema: JSONValue = ["type": "string", "format": "date"]
  /// RFC 3339 with an offset.
  static let instantSchema: JSONValue = ["type": "string", "format": "date-time"]
  /// A date or an instant (read by the handler, so a missing offset gets its own reason).
  static let dateOrInstantSchema: JSONValue = [
    "type": "string",
    "description": "A date YYYY-MM-DD, or an RFC 3339 instant with an offset (its Europe/Amsterdam date counts).",
  ]
  /// `["parents", "student"]`.
  static let holdersSchema: JSONValue = [
    "type": "array", "items": ["enum": .array(Holder.allCases.map { .string($0.rawValue) })],
  ]
  /// `{law, article, sentence}`.
  static let basisSchema: JSONValue = [
    "type": "object", "required": ["law", "article", "sentence"],
    "properties": ["law": ["type": "string"], "article": ["type": "string"], "sentence": ["type": "string"]],
  ]
  /// One right's entry.
  static let entrySchema: JSONValue = [
    "type": "object", "required": ["right", "holders", "basis", "parentsWithStudentConsent"],
    "properties": [
      "right": ["enum": .array(Right.allCases.map { .string($0.rawValue) })],
      "holders": holdersSchema, "basis": basisSchema, "since": dateSchema, "until": dateSchema,
      "parentsWithStudentConsent": ["type": "boolean"],
    ],
  ]
  /// A day skipped by the working-day roll-over.
  static let skippedSchema: JSONValue = [
    "type": "array",
    "items": ["type": "object", "required": ["date", "reason"], "properties": ["date": dateSchema, "reason": ["type": "string"]]],
  ]

  /// An example result written as JSON text (exactly the wire form); a typo yields `null`, which
  /// the example replay test then reports.
  static func literal(_ text: String) -> JSONValue {
    (try? JSONParser.parse(text)) ?? .null  // a typo is `null`, which the example replay reports
  }

  /// A date as `YYYY-MM-DD`.
  static func date(_ d: CivilDate) -> JSONValue { .string(d.description) }

  /// An instant in RFC 3339 with the Europe/Amsterdam offset.
  static func instant(_ i: Instant) -> JSONValue { .string(Amsterdam.format(i)) }

  /// Holder names.
  static func holders(_ h: [Holder]) -> JSONValue { .array(h.map { .string($0.rawValue) }) }

  /// `{law, article, sentence}`.
  static func basis(_ b: LegalBasis) -> JSONValue {
    ["law": .string(b.law), "article": .string(b.article), "sentence": .string(b.sentence)]
  }

  /// One right's entry; `since`/`until` only when set.
  static func entry(_ e: RightEntry) -> JSONValue {
    var o: JSONObject = [
      "right": .string(e.right.rawValue), "holders": holders(e.holders), "basis": basis(e.basis),
    ]
    if let since = e.since { o["since"] = date(since) }
    if let until = e.until { o["until"] = date(until) }
    o["parentsWithStudentConsent"] = .bool(e.parentsWithStudentConsent)
    return .object(o)
  }

  /// Skipped days as `[{date, reason}]`.
  static func skipped(_ days: [SkippedDay]) -> JSONValue {
    .array(days.map { ["date": date($0.date), "reason": .string($0.reason)] })
  }
}
