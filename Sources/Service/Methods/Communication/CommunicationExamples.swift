import JSON
import JSONRPC

/// The examples of `communication.check`, replayed after the complaints examples (Protocol/README.md,
/// "Example pairings"). "Sanne de Vries" is found by its form (given name, tussenvoegsel, surname),
/// not through the complaints register, which is a source for the counsellor alone (decision 48).
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
      "a class next to a relative moment, a suspicion, and a name after a title",
      params: ["text": "Een leerling uit 4 havo vorige week dinsdag is verdacht; mw. Jansen heeft aangifte gedaan.", "audience": "general"],
      result: [
        "ok": false, "language": "nl",
        "findings": [
          ["kind": "relativeDate", "text": "4 havo vorige week dinsdag", "start": 17, "end": 43],
          ["kind": "specialCategory", "text": "verdacht", "start": 47, "end": 55, "category": "criminal"],
          ["kind": "name", "text": "mw. Jansen", "start": 57, "end": 67],
          ["kind": "specialCategory", "text": "aangifte", "start": 74, "end": 82, "category": "criminal"],
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
