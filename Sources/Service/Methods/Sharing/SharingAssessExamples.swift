import JSON
import JSONRPC

/// The recorded examples of `sharing.assess`, on the consents of the `consents.record` examples
/// (C-2026-0001 for student 4521, given to Het Baken; C-2026-0003 withdrawn on 2026-11-20).
enum SharingAssessExamples {
  /// The examples, in order.
  static let all: [MethodExample] = [
    MethodExample(
      "the class photo on the parent's consent: every step passed",
      params: [
        "recipient": "Fotostudio De Lens", "purpose": "class photo by the school photographer", "legalBasis": "AVG6_1a",
        "dataCategories": ["name", "class"], "students": [["id": "4521", "birthDate": "2012-05-10"]], "consentId": "C-2026-0001",
        "school": SharingExamples.school,
      ],
      result: ["id": "T-2026-0001", "outcome": "passed", "school": SharingExamples.school]),
    MethodExample(
      "website photos on a consent the student withdrew: stop",
      params: [
        "recipient": "Webbureau Kennemerland", "purpose": "photos on the school website", "legalBasis": "AVG6_1a",
        "dataCategories": ["photo"], "students": [["id": "3310", "birthDate": "2010-03-15"]], "consentId": "C-2026-0003",
      ],
      result: ["id": "T-2026-0002", "outcome": "stop", "steps": [[:], ["step": 2, "outcome": "stop"], [:], [:], [:], ["step": 6, "outcome": "stop"]]]),
    MethodExample(
      "an absence report to the leerplichtambtenaar: inform the parents",
      params: [
        "recipient": "Leerplicht gemeente Haarlem", "purpose": "report of unauthorised absence", "legalBasis": "AVG6_1c",
        "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "birthDate", "address", "absence"],
        "students": [["id": "4521", "birthDate": "2012-05-10"]],
      ],
      result: ["id": "T-2026-0003", "outcome": "needsAction", "steps": [
        ["outcome": "passed"], ["outcome": "passed"], ["outcome": "passed"], ["outcome": "passed"],
        ["step": 5, "outcome": "needsAction", "details": ["legalRepresentatives": 1, "students": 0, "adultStudents": 0]], ["outcome": "passed"],
      ]]),
    MethodExample(
      "a diagnosis to youth care on a public task, without consent or exception: stop",
      params: [
        "recipient": "Jeugdhulp Kennemerland", "purpose": "referral for support at home after a request by the parents",
        "legalBasis": "AVG6_1e", "specificLaw": "Jeugdwet art. 2.1", "dataCategories": ["name", "diagnosis"],
        "students": [["id": "6012", "birthDate": "2015-06-20"]],
      ],
      result: ["id": "T-2026-0004", "outcome": "stop", "steps": [[:], [:], ["step": 3, "outcome": "stop"], [:], [:], [:]]]),
    MethodExample(
      "a report to Veilig Thuis under the Meldcode: its own route",
      params: [
        "recipient": "Veilig Thuis Kennemerland", "purpose": "report of suspected child abuse under the Meldcode", "legalBasis": "AVG6_1c",
        "specificLaw": "Wmo 2015 art. 5.2.6", "dataCategories": ["name", "observations"],
        "students": [["id": "6012", "birthDate": "2015-06-20"]],
      ],
      result: ["id": "T-2026-0005", "outcome": "needsAction", "route": "meldcode"]),
  ]
}
