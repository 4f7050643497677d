import JSON

/// The examples' board and school settings (fictitious: Stichting Kennemer College Groep, school
/// Brederocollege in Haarlem), shared by the `information.*` examples and tests.
enum InformationExamples {
  /// The `information.configure` params.
  static let settings: JSONObject = [
    "board": [
      "name": "Stichting Kennemer College Groep", "address": "Postbus 1234", "postcode": "2000 AA", "city": "Haarlem",
      "email": "bestuur@kennemercollegegroep.nl", "phone": "023 123 45 67", "website": "www.kennemercollegegroep.nl",
    ],
    "dpo": ["name": "mr. A. de Vries", "email": "fg@kennemercollegegroep.nl", "phone": "023 123 45 99"],
    "requestChannel": [
      "email": "privacy@brederocollege.nl", "address": "Brederocollege, t.a.v. de privacycontactpersoon, Postbus 1234, 2000 AA Haarlem",
    ],
    "boardType": "bijzonder",
    "complaintsProcedure": "www.kennemercollegegroep.nl/klachtenregeling",
  ]

  /// The FG's name in the examples.
  static let dpoName: JSONValue = "mr. A. de Vries"
  /// The board's name in the examples.
  static let boardName: JSONValue = "Stichting Kennemer College Groep"
  /// The note of the examples' publication.
  static let publishNote: JSONValue = "Cameratoezicht toegevoegd"

  /// The section headings of the parents' statement of the examples' school.
  static let parentSections: [JSONValue] = [
    "Privacyverklaring voor ouders en verzorgers van Brederocollege", "Wie is verantwoordelijk voor uw gegevens?",
    "Functionaris voor gegevensbescherming", "Welke gegevens wij verwerken en waarom", "Met wie wij gegevens delen",
    "Hoe lang wij gegevens bewaren", "Beveiliging", "Geautomatiseerde besluiten", "Uw rechten", "Zo doet u een verzoek",
    "Een klacht indienen", "Wijzigingen",
  ]
}
