import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// Schemas, roles and helpers shared by the `publications.*` and `imageConsents.*` declarations
/// (Protocol/publications.md; AVG art. 6(1)(a), 7; UAVG art. 5; duties.md §5).
enum PublicationSchemas {
  /// A channel code (D15).
  static let channel: JSONValue = SharingSchemas.choices(PublicationChannel.self)

  /// Schema of one image-consent record.
  static let consent: JSONValue = [
    "type": "object", "required": ["id", "status", "student", "channel", "givenBy", "givenOn", "validFrom", "validUntil"],
    "properties": [
      "id": ["type": "string"], "status": SharingSchemas.choices(ImageConsentStatus.self),
      "student": ["type": "object", "properties": ["id": SharingSchemas.text, "birthDate": SharingSchemas.date]],
      "channel": channel, "channelLabel": ["type": "string"], "givenBy": SharingSchemas.person,
      "givenOn": SharingSchemas.date, "validFrom": SharingSchemas.date, "validUntil": SharingSchemas.date,
      "renewalDate": ["type": "string"], "ageOnGiving": ["type": "integer"], "holderBasis": ["type": "string"],
      "studentTakesOverOn": SharingSchemas.date, "school": ["type": "string"],
      "withdrawal": ["type": "object", "properties": ["on": SharingSchemas.date, "by": SharingSchemas.person]],
      "suspension": ["type": "object", "properties": ["on": SharingSchemas.date, "by": SharingSchemas.person]],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// Schema of one publication record.
  static let publication: JSONValue = [
    "type": "object", "required": ["id", "status", "channel", "publishedOn", "description", "printed", "students"],
    "properties": [
      "id": ["type": "string"], "status": SharingSchemas.choices(PublicationStatus.self), "channel": channel,
      "channelLabel": ["type": "string"], "publishedOn": SharingSchemas.date, "description": ["type": "string"],
      "location": ["type": "string"], "printed": ["type": "boolean"], "school": ["type": "string"],
      "students": ["type": "array", "items": ["type": "object", "properties": [
        "id": ["type": "string"], "recognisable": ["type": "boolean"], "consentId": ["type": "string"],
        "reconfirmByStudent": ["type": "boolean"],
      ]]],
      "takenDown": ["type": "object", "properties": ["on": SharingSchemas.date, "note": ["type": "string"]]],
      "registeredAt": ["type": "string", "format": "date-time"], "registeredBy": ["type": "string"],
    ],
  ]

  /// One item of a take-down list.
  static let takedown: JSONValue = [
    "type": "object", "required": ["publicationId", "channel", "publishedOn", "recallable", "students", "action"],
    "properties": [
      "publicationId": ["type": "string"], "channel": channel, "publishedOn": SharingSchemas.date,
      "description": ["type": "string"], "location": ["type": "string"], "recallable": ["type": "boolean"], "school": ["type": "string"],
      "students": ["type": "array", "items": ["type": "object", "properties": ["id": ["type": "string"], "since": SharingSchemas.date]]],
      "action": ["type": "string"],
    ],
  ]

  /// Who records consents, withdrawals, publications and take-downs: the privacy officer and the
  /// student administration, which keeps the consent forms (as for sharing).
  static let writers: [Role] = Role.registerWriters
  /// Who reads them: also management; the administration needs the list before every publication
  /// (D20: a "no photo" list for authorised staff only). Every read is audited.
  static let readers: [Role] = [.privacyOfficer, .administration, .management]

  /// Refuses, before any register is read, a write for `school` (nil: board-level) by a caller
  /// whose scope does not hold it, with the ledger's own rule (`SchoolScope.checkWrite`; -32602 on
  /// `school`): a publication or withdrawal for another school is refused as such, not answered as
  /// "no consent" from the caller's narrower view of the consents.
  static func checkSchool(_ school: String?, in kind: RegisterKind) throws(RPCError) {
    do throws(RegisterError) {
      try SchoolScope.checkWrite(school.map { ["school": .string($0)] } ?? [:], in: kind, scope: Ledger.callerScope)
    } catch { throw error.rpcError }
  }

  /// The `channels` param as channels; -32602 naming `channels[i]` for an unknown code.
  static func channels(_ p: Params) throws(RPCError) -> [PublicationChannel] {
    var out: [PublicationChannel] = []
    for (i, v) in (p.value("channels")?.arrayValue ?? []).enumerated() {
      guard let s = v.stringValue, let c = PublicationChannel(rawValue: s) else {
        let allowed = PublicationChannel.allCases.map(\.rawValue).joined(separator: ", ")
        throw p.invalid("channels[\(i)]", Texts.Publications.unknownChannel(JSONWriter.string(v), allowed: allowed).string)
      }
      out.append(c)
    }
    return out
  }
}
