import JSON
import Rules

/// Steps 1–3 of the step plan before a disclosure (NJi, Handreiking gegevensuitwisseling, 2016:
/// ch. 5 doelbinding, ch. 7 grondslagen, ch. 8 bijzondere persoonsgegevens en geheimhouders),
/// read against the AVG as it applies now (the 2016 edition cites the Wbp). Steps 4–6 are in
/// `AssessmentStepsLater`. Each step says passed, needsAction or stop, why, and on what it rests.
enum AssessmentSteps {
  /// Step 1: is the purpose specific, and compatible with the purpose the data was collected for?
  static func purpose(_ c: AssessmentContext) -> AssessmentStep {
    let q = "Is het doel concreet, en past het bij het doel waarvoor de school de gegevens verzamelde?"
    let source = "AVG art. 5 lid 1 onder b, art. 6 lid 4; NJi Handreiking gegevensuitwisseling (2016) hoofdstuk 5.1"
    let words = AssessmentLexicon.normal(c.input.purpose).split(separator: " ").map(String.init)
    if words.count < 3 || words.allSatisfy({ AssessmentLexicon.vaguePurposes.contains($0) || $0.count < 3 }) {
      return AssessmentStep(1, "purpose", question: q, outcome: .needsAction,
        reason: "Het doel \"\(c.input.purpose)\" is te algemeen: beschrijf concreet waarvoor de ontvanger de gegevens gebruikt.", source: source)
    }
    let commercial = AssessmentLexicon.matches(c.input.purpose, AssessmentLexicon.commercialWords)
    if commercial, c.basis != .AVG6_1a {
      return AssessmentStep(1, "purpose", question: q, outcome: .stop,
        reason: "Een commercieel doel past niet bij onderwijs en begeleiding, waarvoor de school de gegevens verzamelde; alleen met toestemming (AVG6_1a).",
        source: source)
    }
    switch c.basis {
    case .AVG6_1a?, .AVG6_1c?, .AVG6_1e?:
      return AssessmentStep(1, "purpose", question: q, outcome: .passed,
        reason: "Het doel is concreet. Een verstrekking op toestemming of op een wettelijke regeling vraagt geen toets op verenigbaarheid (art. 6 lid 4 AVG, aanhef).",
        source: source)
    case .AVG6_1d?:
      return AssessmentStep(1, "purpose", question: q, outcome: .passed,
        reason: "Het doel is concreet: het beschermen van een vitaal belang van de leerling of een ander.", source: source)
    case .AVG6_1b?, nil:
      return AssessmentStep(1, "purpose", question: q, outcome: .needsAction,
        reason: "Weeg en noteer of het doel verenigbaar is met het oorspronkelijke doel: het verband tussen de doelen, de context, de aard van de gegevens, de gevolgen voor de leerling en de waarborgen (art. 6 lid 4 onder a-e AVG).",
        source: source)
    }
  }

  /// Step 2: is there a basis, consent given by the right person for the student's age, or a law?
  static func basis(_ c: AssessmentContext) -> AssessmentStep {
    let q = "Is er een grondslag: toestemming van de juiste persoon, een wettelijke plicht of publieke taak met de wet erbij, of een vitaal belang?"
    let source = "AVG art. 6 lid 1 en 3, art. 7; UAVG art. 5; beslissingen 41-43 (rules.md); NJi Handreiking (2016) hoofdstuk 7"
    if c.legitimateInterests {
      return AssessmentStep(2, "basis", question: q, outcome: .stop,
        reason: "Gerechtvaardigd belang (art. 6 lid 1 onder f) staat niet open voor een schoolbestuur bij de uitvoering van zijn taak (art. 6 lid 1, laatste alinea).",
        source: source)
    }
    guard let basis = c.basis else {
      let hint: String
      switch c.partner {
      case .attendance?: hint = "Voor een verzuimmelding: AVG6_1c met de Leerplichtwet 1969 (art. 21a)."
      case .veiligThuis?: hint = "Voor een melding bij Veilig Thuis: de Meldcode-route, AVG6_1c met Wmo 2015 art. 5.2.6 (meldrecht zonder toestemming)."
      default: hint = "Bestaat er een wettelijke plicht of publieke taak, noem die met de wet (AVG6_1c/AVG6_1e); anders is toestemming nodig (AVG6_1a)."
      }
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction, reason: "Er is nog geen grondslag gekozen. \(hint)", source: source)
    }
    switch basis {
    case .AVG6_1a:
      return consentStep(c, q, source)
    case .AVG6_1c, .AVG6_1e:
      guard let law = c.law else {
        return AssessmentStep(2, "basis", question: q, outcome: .stop,
          reason: "Een wettelijke plicht of publieke taak geldt alleen als de wet die haar regelt genoemd is (art. 6 lid 3 AVG); zonder specificLaw houdt de grondslag geen stand.",
          source: source)
      }
      return AssessmentStep(2, "basis", question: q, outcome: .passed,
        reason: "Grondslag \(basis.rawValue) op \(law); toestemming is dan niet nodig, informeren wel (stap 5).", source: source, details: ["specificLaw": .string(law)])
    case .AVG6_1d:
      return AssessmentStep(2, "basis", question: q, outcome: .passed,
        reason: "Vitaal belang: alleen als het leven of de gezondheid van de leerling of een ander direct op het spel staat en geen andere grondslag past (overweging 46 AVG).",
        source: source)
    case .AVG6_1b:
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction,
        reason: "Een overeenkomst draagt een verstrekking aan een derde alleen als die nodig is om een overeenkomst met de leerling of ouders uit te voeren; noteer welke en waarom.",
        source: source)
    }
  }

  /// The consent part of step 2: each student's consent, from the person who holds it at that age.
  static func consentStep(_ c: AssessmentContext, _ q: String, _ source: String) -> AssessmentStep {
    var missing: [String] = []
    var reconfirm: [String] = []
    for (i, s) in c.input.students.enumerated() {
      switch c.consents[i] {
      case .none: missing.append(s.id)
      case .refused(let e):
        return AssessmentStep(2, "basis", question: q, outcome: .stop,
          reason: "De toestemming voor leerling \(s.id) houdt geen stand: \(e.reason).", source: source,
          details: ["student": .string(s.id), "field": .string(e.field ?? "consentId")])
      case .valid(let consent):
        if c.ages[i] >= 16, consent.givenBy != .student, (consent.json["ageOnGiving"]?.intValue ?? 99) < 16 { reconfirm.append(s.id) }
      }
    }
    if !missing.isEmpty {
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction,
        reason: "Er is nog geen toestemming voor leerling(en) \(missing.joined(separator: ", ")); vraag die eerst (wie, zie stap 5).", source: source,
        details: ["studentsWithoutConsent": .array(missing.map(JSONValue.string))])
    }
    var reason = "Voor iedere leerling is een geldige toestemming vastgelegd, gegeven door wie op dat moment toestemming gaf (onder 16 de wettelijk vertegenwoordiger, vanaf 16 de leerling)."
    if !reconfirm.isEmpty {
      reason += " De toestemming van de ouders blijft geldig na de 16e verjaardag; vraag leerling(en) \(reconfirm.joined(separator: ", ")) om bevestiging (beslissing 43)."
    }
    return AssessmentStep(2, "basis", question: q, outcome: .passed, reason: reason, source: source,
      details: reconfirm.isEmpty ? [:] : ["reconfirmationAdvised": .array(reconfirm.map(JSONValue.string))])
  }

  /// Step 3: special categories (art. 9, 10), data from professionals with a duty of secrecy, the Meldcode route.
  static func special(_ c: AssessmentContext) -> AssessmentStep {
    let q = "Gaat het om bijzondere persoonsgegevens of om gegevens van een beroepsgeheimhouder, en is daarvoor een uitzondering of route?"
    let source = "AVG art. 9 lid 1 en 2, art. 10; UAVG art. 30; Wmo 2015 art. 5.2.6 (Meldcode huiselijk geweld en kindermishandeling); NJi Handreiking (2016) hoofdstuk 8"
    let special = AssessmentLexicon.special(c.input.dataCategories)
    let secret = c.input.dataCategories.filter { AssessmentLexicon.matches($0, AssessmentLexicon.secrecyWords) }
    var details: JSONObject = [:]
    if !special.isEmpty { details["specialCategories"] = .array(special.map(JSONValue.string)) }
    if !secret.isEmpty { details["fromProfessionalSecrecy"] = .array(secret.map(JSONValue.string)) }
    if c.meldcode {
      details["route"] = "meldcode"
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: "Melding bij Veilig Thuis volgens de Meldcode huiselijk geweld en kindermishandeling: een eigen wettelijke route met meldrecht zonder toestemming (Wmo 2015 art. 5.2.6). Leg vast dat deze route is gevolgd en deel alleen wat voor de melding nodig is.",
        source: source, details: details)
    }
    if special.isEmpty && secret.isEmpty {
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: "Er zijn geen bijzondere of strafrechtelijke gegevens genoemd en geen gegevens van een beroepsgeheimhouder.", source: source)
    }
    let named = (special + secret).joined(separator: ", ")
    if c.basis == .AVG6_1a {
      let allValid = c.consents.allSatisfy { if case .valid = $0 { return true } else { return false } }
      return AssessmentStep(3, "specialCategories", question: q, outcome: allValid ? .passed : .needsAction,
        reason: allValid
          ? "De toestemming noemt \(named) uitdrukkelijk (art. 9 lid 2 onder a AVG)."
          : "Voor \(named) is uitdrukkelijke toestemming nodig die deze gegevens noemt (art. 9 lid 2 onder a AVG).",
        source: source, details: details)
    }
    if let exception = c.input.art9Exception.flatMap({ $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }), secret.isEmpty {
      details["art9Exception"] = .string(exception)
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: "Voor \(named) geldt de uitzondering \(exception).", source: source, details: details)
    }
    if secret.isEmpty, special.allSatisfy({ AssessmentLexicon.matches($0, ["criminal", "strafrechtelijk", "strafblad", "politie"]) }),
      c.basis?.needsSpecificLaw == true, let law = c.law
    {
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: "Strafrechtelijke gegevens worden verstrekt op grond van \(law) (art. 10 AVG: onder toezicht of bij wet).", source: source, details: details)
    }
    let why = secret.isEmpty
      ? "Art. 9 lid 1 AVG verbiedt dit zonder uitzondering uit art. 9 lid 2 (of de UAVG) of uitdrukkelijke toestemming."
      : "Gegevens van een beroepsgeheimhouder (\(secret.joined(separator: ", "))) geeft de school alleen door met toestemming van de betrokkene of via een eigen wettelijke route zoals de Meldcode."
    return AssessmentStep(3, "specialCategories", question: q, outcome: .stop,
      reason: "Zo gepland mag dit niet: \(named). \(why)", source: source, details: details)
  }
}

extension RegisterError {
  /// The field a refusal names, if any.
  var field: String? {
    switch self {
    case .invalid(let f, _): f
    case .notEntitled(let f, _), .conflict(let f, _), .tooLate(let f, _, _): f
    case .notFound, .transition, .blocked: nil
    }
  }
}
