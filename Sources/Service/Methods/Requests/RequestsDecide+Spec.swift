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
      ParamSpec("decidedBy", required: true, "Who decided, with authority (rules.md §2.4 item 7).", schema: [
        "type": "object", "required": ["name", "role"], "additionalProperties": false,
        "properties": [
          "name": RequestSchemas.text, "role": ["enum": RequestSchemas.values(DecisionMaker.Role.self)],
          "mandate": RequestSchemas.text,
        ],
      ]),
      ParamSpec("decidedAt", required: true, "When decided; standing is re-checked on its Amsterdam date.", schema: RequestSchemas.instant),
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
    ]
  }

  /// R-2026-0001 partly granted (others' data redacted, AVG art. 15(4)); R-2026-0003 rejected
  /// for lack of standing (a parent without authority; BW 1:377c is the route instead).
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
      ],
      result: RequestExamples.r1(["status": "decided", "decision": "partiallyGranted", "grounds": ["AVG15_4"], "decidedLate": false])),
    MethodExample(
      "no AVG standing: rejected, pointed to BW 1:377c",
      params: [
        "id": "R-2026-0003", "decision": "rejectedNoStanding",
        "decidedBy": ["name": "M. Bakker", "role": "delegate", "mandate": "Mandaatbesluit 2025-07"],
        "writtenRecord": "letter 2026-119", "decidedAt": "2026-11-29T09:10:00+01:00",
      ],
      result: RequestExamples.r3(["status": "decided", "decision": "rejectedNoStanding", "grounds": ["NO_STANDING"]])),
  ]
}
