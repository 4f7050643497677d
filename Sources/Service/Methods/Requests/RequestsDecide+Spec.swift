import JSON
import JSONRPC
import Registers

extension RequestsDecide {
  /// The params of `requests.decide` (rules.md §2.4 items 2, 3, 7, 8).
  static var params: [ParamSpec] {
    let ground: JSONValue = ["enum": RequestSchemas.values(GroundCode.self)]
    return [
      RequestSchemas.idParam,
      ParamSpec("decision", required: true, "The outcome.", schema: ["enum": RequestSchemas.values(Decision.self)]),
      ParamSpec("decidedBy", required: true, "Who decided, with authority (rules.md §2.4 item 7).", schema: decisionMakerSchema),
      ParamSpec("decidedAt", "When decided; standing is re-checked on its Amsterdam date. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: RequestSchemas.instant),
      ParamSpec("grounds", "Ground codes (rules.md §2.4 item 3); required for partiallyGranted and refused.", schema: ["type": "array", "items": ground]),
      ParamSpec("items", "What is disclosed and withheld: references, never copies.", schema: [
        "type": "array",
        "items": [
          "type": "object", "required": ["description", "disclosed"], "additionalProperties": false,
          "properties": [
            "description": RequestSchemas.text, "disclosed": ["type": "boolean"], "ground": ground,
            "privateWorkingNote": [
              "type": "object", "required": ["singleAuthor", "ownUseOnly", "neverShared"], "additionalProperties": false,
              "properties": ["singleAuthor": ["type": "boolean"], "ownUseOnly": ["type": "boolean"], "neverShared": ["type": "boolean"]],
            ],
          ],
        ],
      ]),
      ParamSpec("balancing", "The internal balancing of interests (required for partiallyGranted and refused).", schema: ["type": "string"]),
      ParamSpec("writtenRecord", "Reference of the written decision sent (required unless granted).", schema: ["type": "string"]),
      ParamSpec("remedies", "The remedies the written decision names (AVG art. 12(4)); required unless granted.", schema: [
        "type": "object", "additionalProperties": false,
        "properties": [
          "apComplaint": ["type": "boolean"], "judicialRemedy": ["type": "boolean"], "awbObjection": ["type": "boolean"],
          "board": ["enum": RequestSchemas.values(Remedies.Board.self)],
        ],
      ]),
      ParamSpec("manifestReason", "Why the request is manifestly unfounded or excessive (with an AVG12_5_* ground; art. 12(5)).", schema: RequestSchemas.text),
      ParamSpec("fee", "The reasonable fee of a `fee` decision (art. 12(5)(a)).", schema: [
        "type": "object", "required": ["amountCents", "costs"], "additionalProperties": false,
        "properties": ["amountCents": ["type": "integer", "minimum": 1], "costs": RequestSchemas.text],
      ]),
      ParamSpec("consentId", "The student's consent a parent's results request for an adult rests on (C-YYYY-NNNN); looked up when absent.", schema: RequestSchemas.text),
    ]
  }

  /// Who decides, with authority (rules.md §2.4 item 7): shared with `requests.route`.
  static let decisionMakerSchema: JSONValue = [
    "type": "object", "required": ["name", "role"], "additionalProperties": false,
    "properties": [
      "name": RequestSchemas.text, "role": ["enum": RequestSchemas.values(DecisionMaker.Role.self)],
      "mandate": RequestSchemas.text,
    ],
  ]

  /// R-2026-0001 partly granted (others' data redacted, AVG art. 15(4)); R-2026-0003 refused on
  /// BW 1:377c (against the child's interest); R-2026-0006 a repeated request acted on for a fee
  /// (AVG art. 12(5)(a)).
  static let examples: [MethodExample] = [
    MethodExample(
      "partly granted: a classmate's report withheld, a teacher's private note out of scope",
      params: [
        "id": "R-2026-0001", "decision": "partiallyGranted", "grounds": ["AVG15_4"],
        "items": [
          ["description": "LVS records 2024–2026", "disclosed": true],
          ["description": "incident report naming a classmate", "disclosed": false, "ground": "AVG15_4"],
          ["description": "mentor's own notebook", "disclosed": false, "privateWorkingNote": ["singleAuthor": true, "ownUseOnly": true, "neverShared": true]],
        ],
        "decidedBy": ["name": "A. Jansen", "role": "director"],
        "balancing": "the classmate's interest outweighs; redaction considered but the report is about the classmate",
        "writtenRecord": "letter 2026-118", "decidedAt": "2026-11-29T09:00:00+01:00",
        "remedies": ["apComplaint": true, "judicialRemedy": true, "board": "private"],
      ],
      result: RequestExamples.r1([
        "status": "decided", "decision": "partiallyGranted", "grounds": ["AVG15_4"], "decidedLate": false,
        "remedies": ["apComplaint": true, "judicialRemedy": true, "awbObjection": false, "board": "private"],
      ])),
    MethodExample(
      "a parent without authority: refused under BW 1:377c, against the child's interest",
      params: [
        "id": "R-2026-0003", "decision": "refused", "grounds": ["BW1_377C_CHILD_INTEREST"],
        "decidedBy": ["name": "M. Bakker", "role": "delegate", "mandate": "Mandaatbesluit 2025-07"],
        "balancing": "the youth-care worker advises that contact details and the counsellor's notes would put the child at risk; the school would not give them to the parent with authority either",
        "writtenRecord": "letter 2026-119", "decidedAt": "2026-11-29T09:10:00+01:00",
        "remedies": ["judicialRemedy": true],
      ],
      result: RequestExamples.r3([
        "status": "decided", "decision": "refused", "grounds": ["BW1_377C_CHILD_INTEREST"], "legalChannel": "BW_377C",
      ])),
    MethodExample(
      "the legal representatives repeat last month's request, nothing has changed: acted on for a fee",
      params: [
        "id": "R-2026-0006", "decision": "fee", "grounds": ["AVG12_5_EXCESSIVE"],
        "manifestReason": "the same request was answered in full on 30 October; no data about the student has been added or changed since",
        "fee": ["amountCents": 1500, "costs": "copying and checking 300 pages again"],
        "decidedBy": ["name": "A. Jansen", "role": "director"], "writtenRecord": "letter 2026-120",
        "decidedAt": "2026-11-29T09:20:00+01:00",
        "remedies": ["apComplaint": true, "judicialRemedy": true, "awbObjection": true, "board": "publicLaw"],
      ],
      result: RequestExamples.r6([
        "status": "decided", "decision": "fee", "requester": ["relationship": "parent"], "grounds": ["AVG12_5_EXCESSIVE"], "fee": ["amountCents": 1500, "costs": "copying and checking 300 pages again"],
      ])),
  ]
}
