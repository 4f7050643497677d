/// Texts of `sharing.assess`, steps 4–6 of the step plan before a disclosure (NJi, Handreiking
/// gegevensuitwisseling, 2016: ch. 9 zo beperkt mogelijk, ch. 5.2 and 6 transparantie en rechten,
/// ch. 10 dossiervorming).
extension Texts.Assessment {
  // MARK: Step 4, necessity

  /// Step 4's question.
  public static let necessityQuestion = Text(
    nl: "Deelt de school alleen de gegevens die voor dit doel nodig zijn?", en: "Does the school share only the data this purpose needs?")
  /// Step 4's sources.
  public static let necessitySource = Text(
    nl: "AVG art. 5 lid 1 onder c; NJi Handreiking (2016) hoofdstuk 9", en: "AVG art. 5(1)(c); NJi Handreiking (2016) chapter 9")
  /// The whole file.
  public static func wholeFile(_ categories: String) -> Text {
    Text(
      nl: "Niet het hele dossier delen (\(categories)): noem de gegevens die de ontvanger voor dit doel nodig heeft.",
      en: "Do not share the whole file (\(categories)): name the data the recipient needs for this purpose.")
  }
  /// Categories beyond what the recipient usually needs.
  public static func beyondUsual(_ recipient: String, categories: String) -> Text {
    Text(
      nl: "Deze gegevens gaan verder dan wat \(recipient) gewoonlijk voor dit doel nodig heeft: \(categories). Laat ze weg, of noteer waarom ze nodig zijn.",
      en: "These data go beyond what \(recipient) usually needs for this purpose: \(categories). Leave them out, or note why they are needed.")
  }
  /// The Meldcode decides.
  public static let meldcodeNecessity = Text(
    nl: "De Meldcode bepaalt wat voor de melding nodig is; deel niet meer.", en: "The Meldcode decides what the report needs; share no more.")
  /// Only these.
  public static func onlyThese(_ categories: String) -> Text {
    Text(
      nl: "Alleen deze gegevens: \(categories). Ga na dat elk daarvan voor het doel nodig is.",
      en: "Only these data: \(categories). Check that each of them is needed for the purpose.")
  }

  // MARK: Step 5, informing

  /// Step 5's question.
  public static let informingQuestion = Text(
    nl: "Wie moet de school informeren of om toestemming vragen, en wanneer?", en: "Whom must the school inform or ask for consent, and when?")
  /// Step 5's sources.
  public static let informingSource = Text(
    nl: "AVG art. 13, 14 lid 3, art. 7, art. 12 lid 1; UAVG art. 5; beslissingen 41-43 (rules.md); NJi Handreiking (2016) hoofdstuk 5.2 en 6",
    en: "AVG art. 13, 14(3), art. 7, art. 12(1); UAVG art. 5; decisions 41-43 (rules.md); NJi Handreiking (2016) chapters 5.2 and 6")
  /// Whom: the legal representatives of students under 16.
  public static func representatives(_ count: Int) -> Text {
    Text(
      nl: "de wettelijk vertegenwoordigers (ouders met gezag of voogd) van \(count) leerling(en) jonger dan 16",
      en: "the legal representatives (parents with parental authority or a guardian) of \(count) student(s) under 16")
  }
  /// Whom: students of 16 or 17.
  public static func studentsOf16Or17(_ count: Int) -> Text {
    Text(nl: "\(count) leerling(en) van 16 of 17 zelf", en: "\(count) student(s) of 16 or 17 themselves")
  }
  /// Whom: adult students.
  public static func adultStudents(_ count: Int) -> Text {
    Text(
      nl: "\(count) meerderjarige leerling(en) zelf (ouders alleen met hun toestemming; bij curatele de curator)",
      en: "\(count) adult student(s) themselves (parents only with their consent; under guardianship the curator)")
  }
  /// Consent is there.
  public static let consentThere = Text(
    nl: "De toestemming is er; informeer bij het verstrekken in duidelijke taal, voor een kind begrijpelijk (art. 12 lid 1 AVG).",
    en: "The consent is there; inform when disclosing, in clear language a child understands (art. 12(1) AVG).")
  /// Ask for consent.
  public static func askConsent(_ whom: String) -> Text {
    Text(
      nl: "Vraag vóór het verstrekken toestemming aan: \(whom). Leg die vast met consents.record.",
      en: "Before disclosing, ask for consent from: \(whom). Record it with consents.record.")
  }
  /// The Meldcode: discuss beforehand.
  public static func meldcodeDiscuss(_ whom: String) -> Text {
    Text(
      nl: "Bespreek de melding vooraf met \(whom), zoals de Meldcode vraagt, tenzij dat de veiligheid van het kind of een ander in gevaar brengt; noteer dan waarom niet.",
      en: "Discuss the report beforehand with \(whom), as the Meldcode asks, unless that endangers the safety of the child or someone else; then note why not.")
  }
  /// No consent needed, inform.
  public static func informInstead(_ whom: String) -> Text {
    Text(
      nl: "Geen toestemming nodig, wel informeren: \(whom), uiterlijk bij het verstrekken (art. 14 lid 3 onder c AVG). Leg vast wanneer en hoe (parentsInformedOn, informedHow).",
      en: "No consent needed, but inform: \(whom), at the latest when disclosing (art. 14(3)(c) AVG). Record when and how (parentsInformedOn, informedHow).")
  }
  /// A vital interest: inform as soon as possible.
  public static func informVital(_ whom: String) -> Text {
    Text(
      nl: "Informeer \(whom) zo snel als de situatie toelaat, achteraf als het niet eerder kan.",
      en: "Inform \(whom) as soon as the situation allows, afterwards if it cannot be sooner.")
  }
  /// No basis yet.
  public static func dependsOnBasis(_ whom: String) -> Text {
    Text(
      nl: "Hangt af van de grondslag (stap 2): toestemming vragen of informeren; in beide gevallen gaat het om \(whom).",
      en: "Depends on the basis (step 2): ask for consent or inform; either way it concerns \(whom).")
  }

  // MARK: Step 6, recording

  /// Step 6's question.
  public static let recordingQuestion = Text(
    nl: "Wat legt de school vast bij het verstrekken?", en: "What does the school record when disclosing?")
  /// Step 6's sources.
  public static let recordingSource = Text(
    nl: "AVG art. 5 lid 2, art. 15 lid 1 onder c, art. 30; NJi Handreiking (2016) hoofdstuk 10",
    en: "AVG art. 5(2), art. 15(1)(c), art. 30; NJi Handreiking (2016) chapter 10")
  /// An earlier step said stop.
  public static func doNotDisclose(_ step: Int) -> Text {
    Text(
      nl: "Niet verstrekken: stap \(step) zegt stop. sharing.record weigert een verstrekking met deze toets.",
      en: "Do not disclose: step \(step) says stop. sharing.record refuses a disclosure with this assessment.")
  }
  /// What `sharing.record` still needs.
  public static func recordWith(_ still: String) -> Text {
    Text(
      nl: "Leg de verstrekking vast met sharing.record en deze toets (assessmentId); aan te vullen: \(still). Geboortedata bewaart de toets niet.",
      en: "Record the disclosure with sharing.record and this assessment (assessmentId); still to give: \(still). The assessment does not keep birth dates.")
  }
}
