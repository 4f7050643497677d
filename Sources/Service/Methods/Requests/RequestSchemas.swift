import JSON
import JSONRPC
import Registers
import Rules

/// The JSON Schemas and roles the requests methods share (issue 5), so every method describes a
/// request, a date and an instant the same way in `rpc.discover`.
enum RequestSchemas {
  /// `YYYY-MM-DD`.
  static let date: JSONValue = ["type": "string", "format": "date"]
  /// RFC 3339 with an offset (Protocol/README.md, "Conventions").
  static let instant: JSONValue = ["type": "string", "format": "date-time"]
  /// A non-empty string.
  static let text: JSONValue = ["type": "string", "minLength": 1]
  /// How a request arrived or an answer went out (art. 12(3): electronically if asked so).
  static let channel: JSONValue = ["enum": ["email", "letter", "inPerson", "phone", "portal", "other"]]

  /// Every value of a string enum, for `enum` schemas.
  static func values<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    .array(E.allCases.map { .string($0.rawValue) })
  }

  /// The `id` param of the commands on one request.
  static let idParam = ParamSpec("id", required: true, "The request's id (R-YYYY-NNNN).", schema: text)

  /// Roles that open and progress requests: the privacy officer and the student administration.
  static let writers: [Role] = Role.registerWriters
  /// Roles that take legal steps (extension, decision, adoption): the privacy officer only,
  /// who records what the director or board decided (Protocol/requests.md, "Roles").
  static let legalSteps: [Role] = [.privacyOfficer]
  /// Roles that read the register (its records hold balancing notes): privacy officer, management.
  static let readers: [Role] = Role.registerReaders

  /// A stored request (Protocol/requests.md, "Record").
  static let record: JSONValue = [
    "type": "object",
    "required": ["id", "type", "status", "student", "requester", "receivedOn", "dueOn", "dueBy", "entitled", "registeredAt", "registeredBy"],
    "properties": [
      "id": ["type": "string"], "type": ["enum": values(RequestType.self)], "right": ["type": "string"],
      "status": ["enum": values(RequestStatus.self)],
      "student": ["type": "object", "properties": ["id": ["type": "string"], "birthDate": date]],
      "requester": ["type": "object", "properties": ["relationship": ["enum": values(Requester.self)], "name": ["type": "string"], "contact": ["type": "string"]]],
      "originalRequester": ["type": "object"], "about": ["enum": values(About.self)],
      "legalChannel": ["enum": ["A_AVG", "B_SECTOR_LAW", "BW_377C"]],
      "receivedAt": instant, "receivedOn": date, "channel": ["type": "string"], "description": ["type": "string"],
      "school": ["type": "string"], "registeredAt": instant, "registeredBy": ["type": "string"],
      "externalRef": ["type": "string"], "alreadyRegistered": ["type": "boolean"], "dryRun": ["type": "boolean"],
      "baseDueOn": date, "dueOn": date, "dueBy": instant, "dueRolledOver": ["type": "array"],
      "entitled": ["type": "boolean"], "entitlementAtReceipt": ["type": "object"],
      "identity": ["type": "object", "properties": ["method": ["type": "string"], "verifiedAt": instant]],
      "extensionReason": ["type": "string"], "extensionNoticeSentAt": instant, "extendedBaseDueOn": date,
      "extendedDueOn": date, "extendedDueBy": instant, "chainedExtendedDueOn": date, "chainedIsEarlier": ["type": "boolean"],
      "holderChange": ["type": "object"], "adoptedBy": ["const": "student"], "adoptedAt": instant,
      "entitlementAtAdoption": ["type": "object"],
      "decision": ["enum": values(Decision.self)], "grounds": ["type": "array", "items": ["enum": values(GroundCode.self)]],
      "items": ["type": "array"], "decidedBy": ["type": "object"], "balancing": ["type": ["string", "null"]],
      "writtenRecord": ["type": ["string", "null"]], "decidedAt": instant, "decidedLate": ["type": "boolean"],
      "entitlementAtDecision": ["type": ["object", "null"]],
      "route": [
        "type": "object",
        "properties": [
          "status": ["enum": values(RouteTarget.Status.self)], "holders": ["type": "array"], "nextStep": ["type": "string"],
          "at": instant, "justification": ["type": "string"], "decidedBy": ["type": "object"],
        ],
      ],
      "remedies": ["type": "object"], "manifestReason": ["type": "string"], "fee": ["type": "object"],
      "consentAtDecision": ["type": "object"],
      "respondedAt": instant, "responseChannel": ["type": "string"], "respondedLate": ["type": "boolean"],
      "withdrawnAt": instant, "withdrawalNote": ["type": ["string", "null"]], "closedAt": instant,
    ],
  ]

  /// Errors every command on an existing request can return.
  static let commandErrors: [ErrorSpec] = [
    ErrorSpec(.notFound, "no request with that id"),
    ErrorSpec(.invalidTransition, "the action is not allowed in the request's status (`data.status`, `data.allowed`)"),
    ErrorSpec(.storeFailure, "the change could not be saved; nothing was changed"),
  ]
}
