import Registers
import Rules

/// The Dutch label of each enum case an export shows (`DutchLabels`), one exhaustive `switch` per
/// enum so that a case without its Dutch word does not compile. Words as a Dutch school office and
/// the AP use them (meldformulier datalekken, AVG's Dutch text).
enum EnumLabelsNL {
  /// The Dutch label of each `RequestType`.
  static func requestType(_ v: RequestType) -> String {
    switch v {
    case .access: "inzage"
    case .rectification: "rectificatie"
    case .erasure: "verwijdering"
    case .restriction: "beperking"
    case .objection: "bezwaar"
    case .portability: "overdraagbaarheid"
    case .results: "inzage in resultaten"
    }
  }
  /// The Dutch label of each `RequestStatus`.
  static func requestStatus(_ v: RequestStatus) -> String {
    switch v {
    case .open: "open"
    case .extended: "verlengd"
    case .holderChanged: "rechthebbende gewijzigd"
    case .decided: "besloten"
    case .responded: "afgehandeld"
    case .withdrawn: "ingetrokken"
    }
  }
  /// The Dutch label of each `Requester`.
  static func requester(_ v: Requester) -> String {
    switch v {
    case .student: "leerling"
    case .parent: "ouder met gezag"
    case .guardian: "voogd"
    case .parentWithoutAuthority: "ouder zonder gezag"
    case .caregiver: "verzorger"
    case .curator: "curator"
    }
  }
  /// The Dutch label of each `Decision`.
  static func decision(_ v: Decision) -> String {
    switch v {
    case .granted: "toegewezen"
    case .partiallyGranted: "gedeeltelijk toegewezen"
    case .refused: "afgewezen"
    case .rejectedNoStanding: "niet-ontvankelijk (niet bevoegd)"
    case .fee: "vergoeding gevraagd"
    }
  }
  /// The Dutch label of each `GroundCode`.
  static func ground(_ v: GroundCode) -> String {
    switch v {
    case .UAVG41_1i_PROTECT_DATA_SUBJECT: "bescherming betrokkene (UAVG art. 41 lid 1 sub i)"
    case .UAVG41_1i_RIGHTS_OF_OTHERS: "rechten van anderen (UAVG art. 41 lid 1 sub i)"
    case .AVG15_4: "rechten van anderen (AVG art. 15 lid 4)"
    case .AVG12_5_UNFOUNDED: "kennelijk ongegrond (AVG art. 12 lid 5)"
    case .AVG12_5_EXCESSIVE: "buitensporig (AVG art. 12 lid 5)"
    case .AVG17_3b_LEGAL_OBLIGATION: "wettelijke bewaarplicht (AVG art. 17 lid 3 sub b)"
    case .NO_STANDING: "verzoeker niet bevoegd"
    case .IDENTITY_NOT_ESTABLISHED: "identiteit niet vastgesteld (AVG art. 12 lid 6)"
    case .BW1_377C_CHILD_INTEREST: "belang van het kind (BW 1:377c)"
    }
  }
  /// The Dutch label of each `BreachKind`.
  static func breachKind(_ v: BreachKind) -> String {
    switch v {
    case .securityIncident: "beveiligingsincident"
    case .dataBreach: "datalek"
    case .nearMiss: "bijna-incident"
    }
  }
  /// The Dutch label of each `BreachStatus`.
  static func breachStatus(_ v: BreachStatus) -> String {
    switch v {
    case .registered: "geregistreerd"
    case .assessed: "beoordeeld"
    case .reported: "gemeld"
    case .closed: "afgerond"
    }
  }
  /// The Dutch label of each `CIAType`.
  static func cia(_ v: CIAType) -> String {
    switch v {
    case .confidentiality: "vertrouwelijkheid"
    case .integrity: "integriteit"
    case .availability: "beschikbaarheid"
    }
  }
  /// The Dutch label of each `RiskLevel`.
  static func risk(_ v: RiskLevel) -> String {
    switch v {
    case .unlikely: "geen risico waarschijnlijk"
    case .risk: "risico"
    case .high: "hoog risico"
    }
  }
  /// The Dutch label of each `ExemptionGround`.
  static func exemption(_ v: ExemptionGround) -> String {
    switch v {
    case .encrypted: "versleuteld (art. 34 lid 3 sub a)"
    case .subsequentMeasures: "maatregelen achteraf (art. 34 lid 3 sub b)"
    case .disproportionateEffort: "onevenredige inspanning (art. 34 lid 3 sub c)"
    }
  }
  /// The Dutch label of each `ProcessorStatus`.
  static func processorStatus(_ v: ProcessorStatus) -> String {
    switch v {
    case .active: "actief"
    case .ended: "beëindigd"
    }
  }
  /// The Dutch label of each `ConvenantStatus`.
  static func convenant(_ v: ConvenantStatus) -> String {
    switch v {
    case .participant: "deelnemer"
    case .supporter: "supporter"
    case .none: "geen"
    }
  }
  /// The Dutch label of each `AgreementModel`.
  static func agreementModel(_ v: AgreementModel) -> String {
    switch v {
    case .model4_0: "model 4.0"
    case .generalModel: "algemeen model"
    case .model3_0: "model 3.0"
    case .model2_0: "model 2.0"
    case .supplierOwn: "eigen model leverancier"
    case .other: "anders"
    }
  }
  /// The Dutch label of each `ProcessingStatus`.
  static func processingStatus(_ v: ProcessingStatus) -> String {
    switch v {
    case .active: "actief"
    case .ended: "beëindigd"
    }
  }
  /// The Dutch label of each `BasisLetter`.
  static func basisLetter(_ v: BasisLetter) -> String {
    switch v {
    case .a: "a: toestemming"
    case .b: "b: overeenkomst"
    case .c: "c: wettelijke verplichting"
    case .d: "d: vitaal belang"
    case .e: "e: taak van algemeen belang"
    case .f: "f: gerechtvaardigd belang"
    }
  }
  /// The Dutch label of each `SubjectCategory`.
  static func subjectCategory(_ v: SubjectCategory) -> String {
    switch v {
    case .students: "leerlingen"
    case .parents: "ouders"
    case .staff: "medewerkers"
    case .applicants: "sollicitanten"
    case .alumni: "oud-leerlingen"
    case .visitors: "bezoekers"
    }
  }
  /// The Dutch label of each `RetentionSource`.
  static func retentionSource(_ v: RetentionSource) -> String {
    switch v {
    case .law: "wet"
    case .sectorGuideline: "sectorrichtlijn"
    case .boardPolicy: "beleid bestuur"
    case .perSelectielijst: "selectielijst"
    }
  }
  /// The Dutch label of each `DPIACriterion`.
  static func dpiaCriterion(_ v: DPIACriterion) -> String {
    switch v {
    case .evaluationOrScoring: "evaluatie of scoretoekenning"
    case .automatedDecision: "geautomatiseerde besluitvorming"
    case .systematicMonitoring: "stelselmatige monitoring"
    case .sensitiveData: "gevoelige gegevens"
    case .largeScale: "grootschalig"
    case .matchingDatasets: "koppeling van datasets"
    case .vulnerableSubjects: "kwetsbare betrokkenen"
    case .innovativeTechnology: "innovatieve technologie"
    case .preventsRightOrService: "blokkeert recht of dienst"
    }
  }
  /// The Dutch label of each `APListType`.
  static func apList(_ v: APListType) -> String {
    switch v {
    case .cameraSurveillance: "cameratoezicht"
    case .covertInvestigation: "heimelijk onderzoek"
    case .employeeMonitoring: "controle werknemers"
    case .healthData: "gezondheidsgegevens"
    case .partnerships: "samenwerkingsverbanden"
    case .biometrics: "biometrie"
    case .locationData: "locatiegegevens"
    case .communicationData: "communicatiegegevens"
    case .profiling: "profilering"
    case .behaviourObservation: "observatie van gedrag"
    case .internetOfThings: "internet of things"
    }
  }
  /// The Dutch label of each `DPIANeed`.
  static func dpiaNeed(_ v: DPIANeed) -> String {
    switch v {
    case .required: "verplicht"
    case .advised: "aangeraden"
    case .notRequired: "niet nodig"
    }
  }
  /// The Dutch label of each `DPIAOutcome`.
  static func dpiaOutcome(_ v: DPIAOutcome) -> String {
    switch v {
    case .acceptable: "aanvaardbaar"
    case .acceptableWithMeasures: "aanvaardbaar met maatregelen"
    case .priorConsultation: "voorafgaande raadpleging AP"
    }
  }
  /// The Dutch label of each `RecipientRole`.
  static func recipientRole(_ v: RecipientRole) -> String {
    switch v {
    case .thirdPartyController: "derde (verwerkingsverantwoordelijke)"
    case .processor: "verwerker"
    case .joint: "gezamenlijk verwerkingsverantwoordelijke"
    }
  }
  /// The Dutch label of each `SharingBasis`.
  static func sharingBasis(_ v: SharingBasis) -> String {
    switch v {
    case .AVG6_1a: "toestemming (AVG art. 6 lid 1 sub a)"
    case .AVG6_1b: "overeenkomst (AVG art. 6 lid 1 sub b)"
    case .AVG6_1c: "wettelijke verplichting (AVG art. 6 lid 1 sub c)"
    case .AVG6_1d: "vitaal belang (AVG art. 6 lid 1 sub d)"
    case .AVG6_1e: "taak van algemeen belang (AVG art. 6 lid 1 sub e)"
    }
  }
  /// The Dutch label of each `AssessmentOutcome`.
  static func assessmentOutcome(_ v: AssessmentOutcome) -> String {
    switch v {
    case .passed: "akkoord"
    case .needsAction: "actie nodig"
    case .stop: "niet delen"
    }
  }
  /// The Dutch label of each `InformedParty`.
  static func informedParty(_ v: InformedParty) -> String {
    switch v {
    case .legalRepresentatives: "wettelijk vertegenwoordigers"
    case .student: "leerling"
    }
  }
  /// The Dutch label of each `ConsentStatus`.
  static func consentStatus(_ v: ConsentStatus) -> String {
    switch v {
    case .given: "gegeven"
    case .withdrawn: "ingetrokken"
    }
  }
  /// The Dutch label of each `ImageConsentStatus`.
  static func imageConsentStatus(_ v: ImageConsentStatus) -> String {
    switch v {
    case .given: "gegeven"
    case .suspended: "geschorst"
    case .withdrawn: "ingetrokken"
    }
  }
  /// The Dutch label of each `PublicationStatus`.
  static func publicationStatus(_ v: PublicationStatus) -> String {
    switch v {
    case .published: "gepubliceerd"
    case .takenDown: "verwijderd"
    }
  }
  /// The Dutch label of each `PublicationChannel`.
  static func channel(_ v: PublicationChannel) -> String {
    switch v {
    case .WEBSITE: "website"
    case .SOCIAAL_MEDIA: "sociale media"
    case .NIEUWSBRIEF: "nieuwsbrief"
    case .OUDERPORTAAL: "ouderportaal"
    case .DRUKWERK: "drukwerk"
    case .PERS: "pers"
    case .JAARBOEK: "jaarboek"
    }
  }
  /// The Dutch label of each `StaffStatus`.
  static func staffStatus(_ v: StaffStatus) -> String {
    switch v {
    case .active: "in dienst"
    case .left: "uit dienst"
    }
  }
  /// The Dutch label of each `StaffRole`.
  static func staffRole(_ v: StaffRole) -> String {
    switch v {
    case .LERAAR: "leraar"
    case .ONDERSTEUNING: "onderwijsondersteuning"
    case .ADMINISTRATIE: "administratie"
    case .DIRECTIE: "directie"
    case .ZORG: "zorg"
    case .HR: "personeelszaken"
    case .ICT: "ICT"
    case .VERTROUWENSPERSOON: "vertrouwenspersoon"
    case .STAGIAIR: "stagiair"
    case .VRIJWILLIGER: "vrijwilliger"
    case .OVERIG: "overig"
    }
  }
  /// The Dutch label of each `ComplaintStatus`.
  static func complaintStatus(_ v: ComplaintStatus) -> String {
    switch v {
    case .open: "open"
    case .closed: "afgesloten"
    }
  }
  /// The Dutch label of each `ComplainantRole`.
  static func complainantRole(_ v: ComplainantRole) -> String {
    switch v {
    case .student: "leerling"
    case .parent: "ouder"
    case .staff: "medewerker"
    case .other: "anders"
    }
  }
  /// The Dutch label of each `ComplaintCategory`.
  static func complaintCategory(_ v: ComplaintCategory) -> String {
    switch v {
    case .sexualHarassment: "seksuele intimidatie"
    case .bullying: "pesten"
    case .discrimination: "discriminatie"
    case .aggression: "agressie en geweld"
    case .radicalisation: "radicalisering"
    case .treatment: "bejegening"
    case .other: "anders"
    }
  }
  /// The Dutch label of each `Audience`.
  static func audience(_ v: Audience) -> String {
    switch v {
    case .parents: "ouders en verzorgers"
    case .students: "leerlingen"
    case .staff: "medewerkers en sollicitanten"
    }
  }
  /// The Dutch label of each `ChangeClass`.
  static func changeClass(_ v: ChangeClass) -> String {
    switch v {
    case .minor: "kleine wijziging"
    case .fundamental: "wezenlijke wijziging"
    }
  }
}
