import JSON
import JSONRPC

/// The examples of `communication.check`, replayed after the complaints examples, so "Sanne de
/// Vries" is a name known to the complaints register (Protocol/README.md, "Example pairings").
enum CommunicationExamples {
  /// Every example.
  static let all: [MethodExample] = [
    MethodExample(
      "a neutral general notice", params: ["text": "Er is een beveiligingsincident geweest. We hebben maatregelen genomen.", "audience": "general"],
      result: ["ok": true, "language": "nl", "findings": []]),
    MethodExample(
      "a name, a class with a date, a health word",
      params: ["text": "Sanne de Vries uit klas 3B was op 12 maart ziek.", "audience": "general"],
      result: [
        "ok": false,
        "findings": [
          ["kind": "name", "text": "Sanne de Vries", "start": 0, "end": 14],
          ["kind": "classAndDate", "text": "klas 3B was op 12 maart", "start": 19, "end": 42],
          ["kind": "specialCategory", "text": "ziek", "start": 43, "end": 47, "category": "health"],
        ],
      ]),
    MethodExample(
      "an art. 34 notice may hold the recipient's own details",
      params: [
        "text": "Dear parent, the list with your child's student number 123456 was lost on 3 March. Questions: privacy@school.example",
        "audience": "affected",
      ],
      result: ["ok": true, "language": "en"]),
  ]
}
