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
}
