/// Export values, continued (`Texts+ExportValues.swift`): the record of processing, sharing,
/// consents, publications, staff, complaints and the privacy statement's versions.
extension Texts.ExportValues {
  /// The label of a `SubjectCategory` value in an export.
  public static func subjectCategory(_ value: String) -> Text? {
    switch value {
    case "students": Text(nl: "leerlingen", en: "students")
    case "parents": Text(nl: "ouders", en: "parents")
    case "staff": Text(nl: "medewerkers", en: "staff")
    case "applicants": Text(nl: "sollicitanten", en: "applicants")
    case "alumni": Text(nl: "oud-leerlingen", en: "alumni")
    case "visitors": Text(nl: "bezoekers", en: "visitors")
    default: nil
    }
  }
  /// The label of a `RetentionSource` value in an export.
  public static func retentionSource(_ value: String) -> Text? {
    switch value {
    case "law": Text(nl: "wet", en: "law")
    case "sectorGuideline": Text(nl: "sectorrichtlijn", en: "sectorGuideline")
    case "boardPolicy": Text(nl: "beleid bestuur", en: "boardPolicy")
    case "perSelectielijst": Text(nl: "selectielijst", en: "perSelectielijst")
    default: nil
    }
  }
  /// The label of a `DPIACriterion` value in an export.
  public static func dpiaCriterion(_ value: String) -> Text? {
    switch value {
    case "evaluationOrScoring": Text(nl: "evaluatie of scoretoekenning", en: "evaluationOrScoring")
    case "automatedDecision": Text(nl: "geautomatiseerde besluitvorming", en: "automatedDecision")
    case "systematicMonitoring": Text(nl: "stelselmatige monitoring", en: "systematicMonitoring")
    case "sensitiveData": Text(nl: "gevoelige gegevens", en: "sensitiveData")
    case "largeScale": Text(nl: "grootschalig", en: "largeScale")
    case "matchingDatasets": Text(nl: "koppeling van datasets", en: "matchingDatasets")
    case "vulnerableSubjects": Text(nl: "kwetsbare betrokkenen", en: "vulnerableSubjects")
    case "innovativeTechnology": Text(nl: "innovatieve technologie", en: "innovativeTechnology")
    case "preventsRightOrService": Text(nl: "blokkeert recht of dienst", en: "preventsRightOrService")
    default: nil
    }
  }
  /// The label of a `APListType` value in an export.
  public static func apList(_ value: String) -> Text? {
    switch value {
    case "cameraSurveillance": Text(nl: "cameratoezicht", en: "cameraSurveillance")
    case "covertInvestigation": Text(nl: "heimelijk onderzoek", en: "covertInvestigation")
    case "employeeMonitoring": Text(nl: "controle werknemers", en: "employeeMonitoring")
    case "healthData": Text(nl: "gezondheidsgegevens", en: "healthData")
    case "partnerships": Text(nl: "samenwerkingsverbanden", en: "partnerships")
    case "biometrics": Text(nl: "biometrie", en: "biometrics")
    case "locationData": Text(nl: "locatiegegevens", en: "locationData")
    case "communicationData": Text(nl: "communicatiegegevens", en: "communicationData")
    case "profiling": Text(nl: "profilering", en: "profiling")
    case "behaviourObservation": Text(nl: "observatie van gedrag", en: "behaviourObservation")
    case "internetOfThings": Text(nl: "internet of things", en: "internetOfThings")
    default: nil
    }
  }
  /// The label of a `DPIANeed` value in an export.
  public static func dpiaNeed(_ value: String) -> Text? {
    switch value {
    case "required": Text(nl: "verplicht", en: "required")
    case "advised": Text(nl: "aangeraden", en: "advised")
    case "notRequired": Text(nl: "niet nodig", en: "notRequired")
    default: nil
    }
  }
  /// The label of a `DPIAOutcome` value in an export.
  public static func dpiaOutcome(_ value: String) -> Text? {
    switch value {
    case "acceptable": Text(nl: "aanvaardbaar", en: "acceptable")
    case "acceptableWithMeasures": Text(nl: "aanvaardbaar met maatregelen", en: "acceptableWithMeasures")
    case "priorConsultation": Text(nl: "voorafgaande raadpleging AP", en: "priorConsultation")
    default: nil
    }
  }
  /// The label of a `RecipientRole` value in an export.
  public static func recipientRole(_ value: String) -> Text? {
    switch value {
    case "thirdPartyController": Text(nl: "derde (verwerkingsverantwoordelijke)", en: "thirdPartyController")
    case "processor": Text(nl: "verwerker", en: "processor")
    case "joint": Text(nl: "gezamenlijk verwerkingsverantwoordelijke", en: "joint")
    default: nil
    }
  }
  /// The label of a `SharingBasis` value in an export.
  public static func sharingBasis(_ value: String) -> Text? {
    switch value {
    case "AVG6_1a": Text(nl: "toestemming (AVG art. 6 lid 1 sub a)", en: "AVG6_1a")
    case "AVG6_1b": Text(nl: "overeenkomst (AVG art. 6 lid 1 sub b)", en: "AVG6_1b")
    case "AVG6_1c": Text(nl: "wettelijke verplichting (AVG art. 6 lid 1 sub c)", en: "AVG6_1c")
    case "AVG6_1d": Text(nl: "vitaal belang (AVG art. 6 lid 1 sub d)", en: "AVG6_1d")
    case "AVG6_1e": Text(nl: "taak van algemeen belang (AVG art. 6 lid 1 sub e)", en: "AVG6_1e")
    default: nil
    }
  }
  /// The label of a `AssessmentOutcome` value in an export.
  public static func assessmentOutcome(_ value: String) -> Text? {
    switch value {
    case "passed": Text(nl: "akkoord", en: "passed")
    case "needsAction": Text(nl: "actie nodig", en: "needsAction")
    case "stop": Text(nl: "niet delen", en: "stop")
    default: nil
    }
  }
  /// The label of a `InformedParty` value in an export.
  public static func informedParty(_ value: String) -> Text? {
    switch value {
    case "legalRepresentatives": Text(nl: "wettelijk vertegenwoordigers", en: "legalRepresentatives")
    case "student": Text(nl: "leerling", en: "student")
    default: nil
    }
  }
  /// The label of a `ConsentStatus` value in an export.
  public static func consentStatus(_ value: String) -> Text? {
    switch value {
    case "given": Text(nl: "gegeven", en: "given")
    case "withdrawn": Text(nl: "ingetrokken", en: "withdrawn")
    default: nil
    }
  }
  /// The label of a `ImageConsentStatus` value in an export.
  public static func imageConsentStatus(_ value: String) -> Text? {
    switch value {
    case "given": Text(nl: "gegeven", en: "given")
    case "suspended": Text(nl: "geschorst", en: "suspended")
    case "withdrawn": Text(nl: "ingetrokken", en: "withdrawn")
    default: nil
    }
  }
  /// The label of a `PublicationStatus` value in an export.
  public static func publicationStatus(_ value: String) -> Text? {
    switch value {
    case "published": Text(nl: "gepubliceerd", en: "published")
    case "takenDown": Text(nl: "verwijderd", en: "takenDown")
    default: nil
    }
  }
  /// The label of a `PublicationChannel` value in an export.
  public static func channel(_ value: String) -> Text? {
    switch value {
    case "WEBSITE": Text(nl: "website", en: "WEBSITE")
    case "SOCIAAL_MEDIA": Text(nl: "sociale media", en: "SOCIAAL_MEDIA")
    case "NIEUWSBRIEF": Text(nl: "nieuwsbrief", en: "NIEUWSBRIEF")
    case "OUDERPORTAAL": Text(nl: "ouderportaal", en: "OUDERPORTAAL")
    case "DRUKWERK": Text(nl: "drukwerk", en: "DRUKWERK")
    case "PERS": Text(nl: "pers", en: "PERS")
    case "JAARBOEK": Text(nl: "jaarboek", en: "JAARBOEK")
    default: nil
    }
  }
  /// The label of a `StaffStatus` value in an export.
  public static func staffStatus(_ value: String) -> Text? {
    switch value {
    case "active": Text(nl: "in dienst", en: "active")
    case "left": Text(nl: "uit dienst", en: "left")
    default: nil
    }
  }
  /// The label of a `StaffRole` value in an export.
  public static func staffRole(_ value: String) -> Text? {
    switch value {
    case "LERAAR": Text(nl: "leraar", en: "LERAAR")
    case "ONDERSTEUNING": Text(nl: "onderwijsondersteuning", en: "ONDERSTEUNING")
    case "ADMINISTRATIE": Text(nl: "administratie", en: "ADMINISTRATIE")
    case "DIRECTIE": Text(nl: "directie", en: "DIRECTIE")
    case "ZORG": Text(nl: "zorg", en: "ZORG")
    case "HR": Text(nl: "personeelszaken", en: "HR")
    case "ICT": Text.alike("ICT")
    case "VERTROUWENSPERSOON": Text(nl: "vertrouwenspersoon", en: "VERTROUWENSPERSOON")
    case "STAGIAIR": Text(nl: "stagiair", en: "STAGIAIR")
    case "VRIJWILLIGER": Text(nl: "vrijwilliger", en: "VRIJWILLIGER")
    case "OVERIG": Text(nl: "overig", en: "OVERIG")
    default: nil
    }
  }
  /// The label of a `ComplaintStatus` value in an export.
  public static func complaintStatus(_ value: String) -> Text? {
    switch value {
    case "open": Text.alike("open")
    case "closed": Text(nl: "afgesloten", en: "closed")
    default: nil
    }
  }
  /// The label of a `ComplainantRole` value in an export.
  public static func complainantRole(_ value: String) -> Text? {
    switch value {
    case "student": Text(nl: "leerling", en: "student")
    case "parent": Text(nl: "ouder", en: "parent")
    case "staff": Text(nl: "medewerker", en: "staff")
    case "other": Text(nl: "anders", en: "other")
    default: nil
    }
  }
  /// The label of a `ComplaintCategory` value in an export.
  public static func complaintCategory(_ value: String) -> Text? {
    switch value {
    case "sexualHarassment": Text(nl: "seksuele intimidatie", en: "sexualHarassment")
    case "bullying": Text(nl: "pesten", en: "bullying")
    case "discrimination": Text(nl: "discriminatie", en: "discrimination")
    case "aggression": Text(nl: "agressie en geweld", en: "aggression")
    case "radicalisation": Text(nl: "radicalisering", en: "radicalisation")
    case "treatment": Text(nl: "bejegening", en: "treatment")
    case "other": Text(nl: "anders", en: "other")
    default: nil
    }
  }
  /// The label of a `Audience` value in an export.
  public static func audience(_ value: String) -> Text? {
    switch value {
    case "parents": Text(nl: "ouders en verzorgers", en: "parents")
    case "students": Text(nl: "leerlingen", en: "students")
    case "staff": Text(nl: "medewerkers en sollicitanten", en: "staff")
    default: nil
    }
  }
  /// The label of a `ChangeClass` value in an export.
  public static func changeClass(_ value: String) -> Text? {
    switch value {
    case "minor": Text(nl: "kleine wijziging", en: "minor")
    case "fundamental": Text(nl: "wezenlijke wijziging", en: "fundamental")
    default: nil
    }
  }
}
