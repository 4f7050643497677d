import JSON

/// The consents and disclosures of the examples' board, kept apart as data (what a caller sends,
/// and what comes back) so the consents, sharing and recipients examples tell one story.
enum SharingExamples {
  /// The school of the class-photo story (its consent, assessment and disclosure): one school's records rest on each other.
  static let school: JSONValue = "Het Baken"

  /// `consents.record`: a parent, for a 14-year-old: class photo (C-2026-0001), given to Het Baken.
  static let consentClassPhoto: JSONObject = [
    "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
    "scope": ["name", "class", "photo"], "purpose": "class photo by the school photographer", "givenOn": "2026-09-01",
    "school": school,
  ]

  /// `consents.record`: a 16-year-old herself: a university study (C-2026-0002).
  static let consentStudy: JSONObject = [
    "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "student", "name": "L. de Boer"],
    "scope": ["questionnaire answers"], "purpose": "university study on reading habits", "givenOn": "2026-09-15",
  ]

  /// `consents.record`: a parent, for the same student at 15: website photos (C-2026-0003).
  static let consentWebsite: JSONObject = [
    "student": ["id": "3310", "birthDate": "2010-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
    "scope": ["photo"], "purpose": "photos on the school website", "givenOn": "2026-01-10",
  ]

  /// `sharing.record`: names and class to the school photographer, on the parent's consent to the
  /// same school, Het Baken (S-2026-0001).
  static let photographer: JSONObject = [
    "recipient": ["name": "Fotostudio De Lens", "role": "thirdPartyController"], "purpose": "class photo by the school photographer",
    "legalBasis": "AVG6_1a", "dataCategories": ["name", "class"], "students": [["id": "4521", "birthDate": "2012-05-10"]],
    "disclosedOn": "2026-10-05", "consentId": "C-2026-0001", "school": school,
  ]

  /// `sharing.record`: the onderwijskundig rapport to the new school (S-2026-0002).
  static let transferReport: JSONObject = [
    "recipient": ["name": "Stedelijk Lyceum", "role": "thirdPartyController"], "purpose": "onderwijskundig rapport on transfer",
    "legalBasis": "AVG6_1c", "specificLaw": "WPO art. 42", "dataCategories": ["results", "support needs"],
    "students": [["id": "6012", "birthDate": "2015-06-20"]], "disclosedOn": "2026-11-02",
    "informed": [["whom": "legalRepresentatives", "on": "2026-11-02", "how": "copy of the report by letter"]],
  ]

  /// `sharing.record`: an absence report to the leerplichtambtenaar (S-2026-0003).
  static let absenceReport: JSONObject = [
    "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"], "purpose": "absence report",
    "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "absence"],
    "students": [["id": "4521", "birthDate": "2012-05-10"]], "disclosedOn": "2026-11-16",
    "parentsInformedOn": "2026-11-16", "informedHow": "phone call and letter",
  ]

  /// `sharing.record`: a 17-year-old's absence reported, nobody told yet (S-2026-0004).
  static let absenceReport17: JSONObject = [
    "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"],
    "purpose": "absence report (qualification duty)", "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a",
    "dataCategories": ["name", "absence"], "students": [["id": "5120", "birthDate": "2009-04-02"]],
    "disclosedOn": "2026-11-24",
  ]

  /// `sharing.informed`: the 17-year-old is told in a conversation with the mentor.
  static let toldByMentor: JSONObject = ["id": "S-2026-0004", "whom": "student", "on": "2026-11-27", "how": "conversation with the mentor, followed by a letter"]

  /// `sharing.withdrawConsent`: at 16 the student withdraws the website-photo consent.
  static let withdrawWebsite: JSONObject = ["consentId": "C-2026-0003", "withdrawnOn": "2026-11-20", "by": ["relationship": "student", "name": "L. de Boer"]]

  /// `sharing.recipients`: the answer for student 4521 (result).
  static let recipientsOf4521: JSONValue = [
    "studentId": "4521", "count": 2,
    "recipients": [["name": "Fotostudio De Lens"], ["name": "Leerplicht gemeente Haarlem"]],
    "disclosures": [
      ["disclosureId": "S-2026-0001", "disclosedOn": "2026-10-05", "legalBasis": "AVG6_1a"],
      ["disclosureId": "S-2026-0003", "disclosedOn": "2026-11-16", "specificLaw": "Leerplichtwet 1969 art. 21a"],
    ],
  ]

  /// `sharing.get`: the first disclosure (result).
  static let firstDisclosure: JSONObject = ["id": "S-2026-0001", "legalBasis": "AVG6_1a", "recipient": ["name": "Fotostudio De Lens"]]

  /// `sharing.record`: what the onderwijskundig rapport example answers (part of it).
  static let transferReportResult: JSONValue = [
    "id": "S-2026-0002", "specificLaw": "WPO art. 42", "parentsInformed": true, "informingDue": false,
    "students": [["id": "6012", "ageOnDisclosure": 11, "inform": "legalRepresentatives", "informed": true]],
  ]
}
