import JSON

/// The activities of the examples' board (Stichting Kennemer College Groep, school
/// Brederocollege): a vo school's usual record of processing activities (duties.md §1.3), kept
/// apart so the register, update, check and statement examples tell one story.
enum ProcessingExamples {
  /// VA-2026-0001: the student administration (art. 6(1)(c)), large scale, DPIA done.
  static let administration: JSONObject = [
    "name": "Leerlingadministratie",
    "purpose": "Inschrijven en uitschrijven van leerlingen, de bekostiging van de school en de verplichte registratie bij DUO.",
    "owner": "hoofd leerlingadministratie",
    "legalBasis": ["letter": "c", "law": "WVO2020"],
    "subjectCategories": ["students", "parents"],
    "dataCategories": [
      ["name": "naam, adres en woonplaats"], ["name": "geboortedatum en geslacht"],
      ["name": "burgerservicenummer of onderwijsnummer", "identifier": "bsn"],
      ["name": "contactgegevens van ouders"], ["name": "vooropleiding, klas en inschrijvingsgegevens"],
    ],
    "recipients": [
      ["name": "DUO (Dienst Uitvoering Onderwijs)", "role": "thirdPartyController"],
      ["name": "leerplichtambtenaar van de woongemeente", "role": "thirdPartyController", "includes": ["Leerplicht gemeente Haarlem"]],
    ],
    "processors": ["P-2026-0001"],
    "retention": ["count": 5, "unit": "years", "trigger": "deregistration", "source": "law", "sourceText": "bekostigingsregels, Kennisnet Bewaartermijnenoverzicht"],
    "securityMeasures": ["toegang alleen voor medewerkers die de gegevens voor hun werk nodig hebben", "inloggen met tweestapsverificatie", "versleutelde verbindingen en back-ups"],
    "securityPolicy": "het informatiebeveiligings- en privacybeleid (IBP-beleid) van de stichting",
    "dpia": ["criteria": ["largeScale"], "performedOn": "2025-06-12", "outcome": "acceptableWithMeasures", "reference": "DPIA leerlingadministratie 2025"],
    "sources": ["de vorige school", "DUO"],
  ]

  /// VA-2026-0002: the student tracking system and dossier (art. 6(1)(e)), health data for
  /// support, three criteria and no DPIA yet.
  static let tracking: JSONObject = [
    "name": "Leerlingvolgsysteem en leerlingdossier",
    "purpose": "Het volgen van de ontwikkeling en de resultaten van leerlingen, het geven van begeleiding en het informeren van ouders over de vorderingen.",
    "legalBasis": ["letter": "e", "law": "WVO2020"],
    "subjectCategories": ["students", "parents"],
    "dataCategories": [
      ["name": "cijfers, toetsresultaten en rapporten"], ["name": "verslagen van gesprekken met leerling en ouders"],
      ["name": "ondersteuningsbehoefte en begeleiding", "special": "health"],
    ],
    "art9Exception": "de uitzondering in de Uitvoeringswet AVG voor gegevens die nodig zijn voor extra begeleiding of voorzieningen in verband met de gezondheid van een leerling",
    "recipients": [
      ["name": "samenwerkingsverband passend onderwijs", "role": "thirdPartyController"],
      ["name": "de nieuwe school bij een overstap (onderwijskundig rapport)", "role": "thirdPartyController"],
    ],
    "processors": ["P-2026-0001", "P-2026-0002"],
    "retention": ["count": 2, "unit": "years", "trigger": "deregistration", "source": "sectorGuideline", "sourceText": "Kennisnet Bewaartermijnenoverzicht, leerlingdossier"],
    "securityMeasures": ["toegang alleen voor medewerkers die de gegevens voor hun werk nodig hebben", "inloggen met tweestapsverificatie"],
    "securityPolicy": "het informatiebeveiligings- en privacybeleid (IBP-beleid) van de stichting",
    "dpia": ["criteria": ["evaluationOrScoring", "sensitiveData"]],
  ]

  /// VA-2026-0003: photos and videos (consent), through the photographer's portal.
  static let photos: JSONObject = [
    "name": "Foto's en video's van schoolactiviteiten",
    "purpose": "Laten zien wat er op school gebeurt: beeldmateriaal op de website, in de schoolgids en in de nieuwsbrief, en de jaarlijkse schoolfoto.",
    "legalBasis": ["letter": "a"],
    "subjectCategories": ["students"],
    "dataCategories": [["name": "foto's en video's"], ["name": "naam en klas (schoolfoto)"]],
    "recipients": [["name": "Fotostudio De Lens", "role": "thirdPartyController"]],
    "processors": ["P-2026-0003"],
    "retention": ["count": 1, "unit": "years", "trigger": "collection", "source": "boardPolicy", "sourceText": "privacyreglement van de stichting; bij intrekking van toestemming eerder"],
    "dpia": ["notRequiredReason": "Alleen met toestemming per kanaal, geen bijzondere persoonsgegevens; één criterium (kinderen)."],
  ]

  /// VA-2026-0004: staff and salary administration (contract, fiscal law).
  static let staff: JSONObject = [
    "name": "Personeels- en salarisadministratie",
    "purpose": "Het aannemen en in dienst hebben van medewerkers, het betalen van salaris en het afdragen van belasting en pensioenpremie.",
    "legalBasis": ["letter": "b"],
    "subjectCategories": ["staff", "applicants"],
    "dataCategories": [
      ["name": "naam, adres en contactgegevens"], ["name": "burgerservicenummer", "identifier": "bsn"],
      ["name": "salaris en bankrekeningnummer"], ["name": "sollicitatiebrief en cv"],
    ],
    "recipients": [
      ["name": "Belastingdienst", "role": "thirdPartyController"], ["name": "ABP", "role": "thirdPartyController"],
      ["name": "UWV", "role": "thirdPartyController"], ["name": "Participatiefonds", "role": "thirdPartyController"],
    ],
    "retention": ["count": 7, "unit": "years", "trigger": "employmentEnd", "source": "law", "sourceText": "fiscale bewaarplicht (Algemene wet inzake rijksbelastingen, art. 52)"],
    "securityPolicy": "het informatiebeveiligings- en privacybeleid (IBP-beleid) van de stichting",
  ]

  /// VA-2026-0005: cameras, registered before their retention and DPIA were recorded.
  static let cameras: JSONObject = [
    "name": "Cameratoezicht",
    "purpose": "De veiligheid van leerlingen, medewerkers en bezoekers en het beschermen van eigendommen van de school.",
    "school": "Brederocollege",
    "legalBasis": ["letter": "e", "law": "OTHER", "article": "de zorgplicht voor de veiligheid op school (Wet voortgezet onderwijs 2020)"],
    "subjectCategories": ["students", "staff", "visitors"],
    "dataCategories": [["name": "camerabeelden van de ingangen en de fietsenstalling"]],
    "dpia": ["criteria": ["systematicMonitoring"], "apListTypes": ["cameraSurveillance"]],
  ]

  /// VA-2026-0006: the open-day sign-up, ended after the open day.
  static let openDay: JSONObject = [
    "name": "Aanmelding open dag",
    "purpose": "Aanmelden voor de open dag en het sturen van informatie over de school.",
    "legalBasis": ["letter": "a"],
    "subjectCategories": ["parents", "students"],
    "dataCategories": [["name": "naam en e-mailadres"], ["name": "huidige basisschool"]],
    "retention": ["count": 3, "unit": "months", "trigger": "collection", "source": "boardPolicy", "sourceText": "privacyreglement van de stichting"],
  ]

  /// `processing.end`: the open-day sign-up ended.
  static let openDayEnd: JSONObject = ["id": "VA-2026-0006", "endedOn": "2026-11-27", "reason": "Open dag geweest; aanmeldingen worden na drie maanden verwijderd"]

  /// `processing.update`: the cameras get their retention period and DPIA.
  static let camerasUpdate: JSONObject = [
    "id": "VA-2026-0005", "reason": "Cameraregeling vastgesteld met instemming van de MR; DPIA afgerond",
    "retention": ["count": 4, "unit": "weeks", "trigger": "collection", "source": "sectorGuideline", "sourceText": "cameraregeling van de school; bij een incident tot de afhandeling"],
    "dpia": ["criteria": ["systematicMonitoring"], "apListTypes": ["cameraSurveillance"], "performedOn": "2026-11-20", "outcome": "acceptableWithMeasures", "reference": "DPIA cameratoezicht 2026"],
  ]

  /// `processing.update`: the new school of a transfer named among the tracking system's recipients.
  static let trackingRecipientsUpdate: JSONObject = [
    "id": "VA-2026-0002", "reason": "Overdracht aan Stedelijk Lyceum stond niet bij de ontvangers",
    "recipients": [
      ["name": "samenwerkingsverband passend onderwijs", "role": "thirdPartyController"],
      ["name": "de nieuwe school bij een overstap (onderwijskundig rapport)", "role": "thirdPartyController", "includes": ["Stedelijk Lyceum"]],
    ],
  ]
}
