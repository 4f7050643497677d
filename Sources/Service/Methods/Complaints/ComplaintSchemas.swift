import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// Schemas, params and roles shared by the `complaints.*` declarations (Protocol/complaints.md).
enum ComplaintSchemas {
  /// An RFC 3339 instant with offset.
  static let instant: JSONValue = ["type": "string", "format": "date-time"]
  /// A non-empty text.
  static let text: JSONValue = ["type": "string", "minLength": 1]
  /// `{name, role}` of a complainant or accused person.
  static let party: JSONValue = [
    "type": "object", "required": ["name", "role"], "additionalProperties": false,
    "properties": ["name": text, "role": enumSchema(ComplainantRole.self)],
  ]
  /// The `id` param.
  static let id = ParamSpec("id", required: true, "The dossier's id, `K-YYYY-NNNN`.", schema: text)

  /// Who may read and write dossiers: the confidential counsellor alone (rules.md §7 "VP dossiers
  /// are readable only by the VP role"; decision 48). Enforced by the authorizer (issue 8).
  static let counsellor: [Role] = [.confidentialCounsellor]
  /// Who may read the anonymous annual report: the counsellor, management (to whom it is made,
  /// rules.md §7) and the privacy officer (decision 48).
  static let reportReaders: [Role] = [.confidentialCounsellor, .management, .privacyOfficer]

  /// Schema of one dossier.
  static let record: JSONValue = [
    "type": "object", "required": ["id", "status", "complainant", "description", "consent", "counsellor", "openedAt"],
    "properties": [
      "id": ["type": "string"], "status": ["enum": ["open", "closed"]], "complainant": party, "accused": party,
      "description": ["type": "string"], "category": enumSchema(ComplaintCategory.self),
      "consent": ["type": "object"], "specialCategories": ["type": "array"], "counsellor": ["type": "object"],
      "openedAt": instant, "school": ["type": "string"], "registeredAt": instant, "registeredBy": ["type": "string"],
      "reports": ["type": "array"], "closedAt": instant, "outcome": ["type": "string"],
      "retainUntil": ["type": "string", "format": "date"], "retentionRule": ["type": "string"],
    ],
  ]

  /// The result of every write: the dossier as changed.
  static let result = ResultSpec("dossier", schema: record)

  /// Errors every write on an existing dossier can give.
  static let writeErrors = [
    ErrorSpec(.notFound, "no dossier with that id"),
    ErrorSpec(.invalidTransition, "the dossier is closed"),
  ]

  /// `{"enum": [...]}` of a closed set.
  static func enumSchema<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["enum": .array(E.allCases.map { .string($0.rawValue) })]
  }
}

extension Params {
  /// A complainant or accused person.
  func party(_ name: String) throws(RPCError) -> ComplaintParty {
    let p = try nested(name)
    return ComplaintParty(name: try p.string("name"), role: try p.choice("role", ComplainantRole.self))
  }

  /// The special-category notes `[{category, reason}]`, paths `specialCategories[i].…`.
  func specialCategoryNotes(_ name: String) throws(RPCError) -> [SpecialCategoryNote] {
    var out: [SpecialCategoryNote] = []
    for (i, v) in (value(name)?.arrayValue ?? []).enumerated() {
      guard let o = v.objectValue else { throw invalid("\(name)[\(i)]", Texts.Complaints.mustBeObject.string) }
      let p = Params(o, path: field("\(name)[\(i)]"))
      out.append(SpecialCategoryNote(category: try p.choice("category", SpecialCategory.self), reason: try p.optionalString("reason") ?? ""))
    }
    return out
  }
}

extension AvgdService {
  /// Runs a complaints command as the caller, stamped with the service's "now"; returns the dossier.
  func writeComplaint(_ context: CallContext, _ command: (Register) throws(RegisterError) -> RegisterChange)
    throws(RPCError) -> JSONObject
  {
    try ledger.write(Complaints.name, actor: context.peer.actor, at: Amsterdam.format(nowInstant), command)
  }
}
