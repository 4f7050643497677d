/// Texts of `sharing.assess`, steps 1–3 of the step plan before a disclosure (NJi, Handreiking
/// gegevensuitwisseling, 2016: ch. 5 doelbinding, ch. 7 grondslagen, ch. 8 bijzondere
/// persoonsgegevens en geheimhouders): each step's question, the reasons it can give and the
/// sources it rests on. Steps 4–6 are in `Texts+AssessmentLater.swift`.
extension Texts {
  /// The step plan before a disclosure.
  public enum Assessment {
    // MARK: Step 1, purpose

    /// Step 1's question.
    public static let purposeQuestion = Text(
      nl: "Is het doel concreet, en past het bij het doel waarvoor de school de gegevens verzamelde?",
      en: "Is the purpose specific, and does it fit the purpose the school collected the data for?")
    /// Step 1's sources.
    public static let purposeSource = Text(
      nl: "AVG art. 5 lid 1 onder b, art. 6 lid 4; NJi Handreiking gegevensuitwisseling (2016) hoofdstuk 5.1",
      en: "AVG art. 5(1)(b), art. 6(4); NJi Handreiking gegevensuitwisseling (2016) chapter 5.1")
    /// A vague purpose.
    public static func purposeVague(_ purpose: String) -> Text {
      Text(
        nl: "Het doel \"\(purpose)\" is te algemeen: beschrijf concreet waarvoor de ontvanger de gegevens gebruikt.",
        en: "The purpose \"\(purpose)\" is too general: describe specifically what the recipient uses the data for.")
    }
    /// A commercial purpose without consent.
    public static let purposeCommercial = Text(
      nl: "Een commercieel doel past niet bij onderwijs en begeleiding, waarvoor de school de gegevens verzamelde; alleen met toestemming (AVG6_1a).",
      en: "A commercial purpose does not fit education and support, which the school collected the data for; only with consent (AVG6_1a).")
    /// A specific purpose on consent or a law.
    public static let purposeNoCompatibilityTest = Text(
      nl: "Het doel is concreet. Een verstrekking op toestemming of op een wettelijke regeling vraagt geen toets op verenigbaarheid (art. 6 lid 4 AVG, aanhef).",
      en: "The purpose is specific. A disclosure on consent or on a legal provision needs no compatibility test (art. 6(4) AVG, opening words).")
    /// A specific purpose on a vital interest.
    public static let purposeVital = Text(
      nl: "Het doel is concreet: het beschermen van een vitaal belang van de leerling of een ander.",
      en: "The purpose is specific: protecting a vital interest of the student or of another person.")
    /// A purpose whose compatibility must be weighed.
    public static let purposeWeigh = Text(
      nl: "Weeg en noteer of het doel verenigbaar is met het oorspronkelijke doel: het verband tussen de doelen, de context, de aard van de gegevens, de gevolgen voor de leerling en de waarborgen (art. 6 lid 4 onder a-e AVG).",
      en: "Weigh and note whether the purpose is compatible with the original purpose: the link between the purposes, the context, the nature of the data, the consequences for the student and the safeguards (art. 6(4)(a)-(e) AVG).")

    // MARK: Step 2, basis

    /// Step 2's question.
    public static let basisQuestion = Text(
      nl: "Is er een grondslag: toestemming van de juiste persoon, een wettelijke plicht of publieke taak met de wet erbij, of een vitaal belang?",
      en: "Is there a basis: consent from the right person, a legal obligation or public task with its law, or a vital interest?")
    /// Step 2's sources.
    public static let basisSource = Text(
      nl: "AVG art. 6 lid 1 en 3, art. 7; UAVG art. 5; beslissingen 41-43 (rules.md); NJi Handreiking (2016) hoofdstuk 7",
      en: "AVG art. 6(1) and 6(3), art. 7; UAVG art. 5; decisions 41-43 (rules.md); NJi Handreiking (2016) chapter 7")
    /// Legitimate interests: stop.
    public static let legitimateInterests = Text(
      nl: "Gerechtvaardigd belang (art. 6 lid 1 onder f) staat niet open voor een schoolbestuur bij de uitvoering van zijn taak (art. 6 lid 1, laatste alinea).",
      en: "Legitimate interests (art. 6(1)(f)) are not open to a school board in performing its tasks (art. 6(1), last subparagraph).")
    /// The hint for an absence report.
    public static let hintAttendance = Text(
      nl: "Voor een verzuimmelding: AVG6_1c met de Leerplichtwet 1969 (art. 21a).",
      en: "For an absence report: AVG6_1c with the Leerplichtwet 1969 (art. 21a).")
    /// The hint for a report to Veilig Thuis.
    public static let hintVeiligThuis = Text(
      nl: "Voor een melding bij Veilig Thuis: de Meldcode-route, AVG6_1c met Wmo 2015 art. 5.2.6 (meldrecht zonder toestemming).",
      en: "For a report to Veilig Thuis: the Meldcode route, AVG6_1c with Wmo 2015 art. 5.2.6 (the right to report without consent).")
    /// The hint otherwise.
    public static let hintOther = Text(
      nl: "Bestaat er een wettelijke plicht of publieke taak, noem die met de wet (AVG6_1c/AVG6_1e); anders is toestemming nodig (AVG6_1a).",
      en: "Where there is a legal obligation or public task, name it with its law (AVG6_1c/AVG6_1e); otherwise consent is needed (AVG6_1a).")
    /// No basis chosen yet, with a hint.
    public static func noBasis(_ hint: Text) -> Text {
      Text(nl: "Er is nog geen grondslag gekozen. \(hint.nl)", en: "No basis has been chosen yet. \(hint.en)")
    }
    /// (c) or (e) without its law: stop.
    public static let lawMissing = Text(
      nl: "Een wettelijke plicht of publieke taak geldt alleen als de wet die haar regelt genoemd is (art. 6 lid 3 AVG); zonder specificLaw houdt de grondslag geen stand.",
      en: "A legal obligation or public task counts only when the law laying it down is named (art. 6(3) AVG); without specificLaw the basis does not hold.")
    /// (c) or (e) on a law.
    public static func basisOnLaw(_ basis: String, law: String) -> Text {
      Text(
        nl: "Grondslag \(basis) op \(law); toestemming is dan niet nodig, informeren wel (stap 5).",
        en: "Basis \(basis) on \(law); consent is then not needed, informing is (step 5).")
    }
    /// A vital interest.
    public static let basisVital = Text(
      nl: "Vitaal belang: alleen als het leven of de gezondheid van de leerling of een ander direct op het spel staat en geen andere grondslag past (overweging 46 AVG).",
      en: "Vital interest: only when the life or health of the student or of another person is directly at stake and no other basis fits (recital 46 AVG).")
    /// A contract.
    public static let basisContract = Text(
      nl: "Een overeenkomst draagt een verstrekking aan een derde alleen als die nodig is om een overeenkomst met de leerling of ouders uit te voeren; noteer welke en waarom.",
      en: "A contract carries a disclosure to a third party only when it is needed to perform a contract with the student or the parents; note which one and why.")
    /// A student's consent does not hold.
    public static func consentRefused(_ student: String, reason: String) -> Text {
      Text(
        nl: "De toestemming voor leerling \(student) houdt geen stand: \(reason).",
        en: "The consent for student \(student) does not hold: \(reason).")
    }
    /// Students without consent.
    public static func consentMissing(_ students: String) -> Text {
      Text(
        nl: "Er is nog geen toestemming voor leerling(en) \(students); vraag die eerst (wie, zie stap 5).",
        en: "There is no consent yet for student(s) \(students); ask for it first (whom: see step 5).")
    }
    /// Every consent holds.
    public static let consentValid = Text(
      nl: "Voor iedere leerling is een geldige toestemming vastgelegd, gegeven door wie op dat moment toestemming gaf (onder 16 de wettelijk vertegenwoordiger, vanaf 16 de leerling).",
      en: "A valid consent is recorded for every student, given by whoever held consent at the time (under 16 the legal representative, from 16 the student).")
    /// The parents' consent, now the student is 16: ask the student to confirm.
    public static func reconfirm(_ students: String) -> Text {
      Text(
        nl: " De toestemming van de ouders blijft geldig na de 16e verjaardag; vraag leerling(en) \(students) om bevestiging (beslissing 43).",
        en: " The parents' consent stays valid after the 16th birthday; ask student(s) \(students) to confirm it (decision 43).")
    }

    // MARK: Step 3, special categories and secrecy

    /// Step 3's question.
    public static let specialQuestion = Text(
      nl: "Gaat het om bijzondere persoonsgegevens of om gegevens van een beroepsgeheimhouder, en is daarvoor een uitzondering of route?",
      en: "Are these special categories of data or data from a professional bound by secrecy, and is there an exception or route for them?")
    /// Step 3's sources.
    public static let specialSource = Text(
      nl: "AVG art. 9 lid 1 en 2, art. 10; UAVG art. 30; Wmo 2015 art. 5.2.6 (Meldcode huiselijk geweld en kindermishandeling); NJi Handreiking (2016) hoofdstuk 8",
      en: "AVG art. 9(1) and 9(2), art. 10; UAVG art. 30; Wmo 2015 art. 5.2.6 (Meldcode huiselijk geweld en kindermishandeling); NJi Handreiking (2016) chapter 8")
    /// The Meldcode route.
    public static let meldcode = Text(
      nl: "Melding bij Veilig Thuis volgens de Meldcode huiselijk geweld en kindermishandeling: een eigen wettelijke route met meldrecht zonder toestemming (Wmo 2015 art. 5.2.6). Leg vast dat deze route is gevolgd en deel alleen wat voor de melding nodig is.",
      en: "A report to Veilig Thuis under the Meldcode huiselijk geweld en kindermishandeling (the reporting code for domestic violence and child abuse): a legal route of its own with the right to report without consent (Wmo 2015 art. 5.2.6). Record that this route was followed and share only what the report needs.")
    /// Nothing special.
    public static let noSpecial = Text(
      nl: "Er zijn geen bijzondere of strafrechtelijke gegevens genoemd en geen gegevens van een beroepsgeheimhouder.",
      en: "No special-category or criminal data are named, and no data from a professional bound by secrecy.")
    /// Explicit consent given.
    public static func explicitConsentGiven(_ named: String) -> Text {
      Text(
        nl: "De toestemming noemt \(named) uitdrukkelijk (art. 9 lid 2 onder a AVG).",
        en: "The consent names \(named) explicitly (art. 9(2)(a) AVG).")
    }
    /// Explicit consent needed.
    public static func explicitConsentNeeded(_ named: String) -> Text {
      Text(
        nl: "Voor \(named) is uitdrukkelijke toestemming nodig die deze gegevens noemt (art. 9 lid 2 onder a AVG).",
        en: "For \(named), explicit consent that names these data is needed (art. 9(2)(a) AVG).")
    }
    /// An art. 9(2) exception.
    public static func exceptionApplies(_ named: String, exception: String) -> Text {
      Text(nl: "Voor \(named) geldt de uitzondering \(exception).", en: "For \(named) the exception \(exception) applies.")
    }
    /// Criminal data on a law.
    public static func criminalOnLaw(_ law: String) -> Text {
      Text(
        nl: "Strafrechtelijke gegevens worden verstrekt op grond van \(law) (art. 10 AVG: onder toezicht of bij wet).",
        en: "Criminal data are disclosed on the basis of \(law) (art. 10 AVG: under official authority or by law).")
    }
    /// Why not: art. 9(1).
    public static let art9Forbids = Text(
      nl: "Art. 9 lid 1 AVG verbiedt dit zonder uitzondering uit art. 9 lid 2 (of de UAVG) of uitdrukkelijke toestemming.",
      en: "Art. 9(1) AVG forbids this without an exception of art. 9(2) (or the UAVG) or explicit consent.")
    /// Why not: professional secrecy.
    public static func secrecy(_ categories: String) -> Text {
      Text(
        nl: "Gegevens van een beroepsgeheimhouder (\(categories)) geeft de school alleen door met toestemming van de betrokkene of via een eigen wettelijke route zoals de Meldcode.",
        en: "The school passes on data from a professional bound by secrecy (\(categories)) only with the data subject's consent or through a legal route of its own such as the Meldcode.")
    }
    /// Stop, with why.
    public static func notAsPlanned(_ named: String, why: Text) -> Text {
      Text(nl: "Zo gepland mag dit niet: \(named). \(why.nl)", en: "This may not go ahead as planned: \(named). \(why.en)")
    }
  }
}
