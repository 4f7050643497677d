import JSON
import Rules

/// Steps 4–6 of the step plan before a disclosure (NJi, Handreiking gegevensuitwisseling, 2016:
/// ch. 9 zo beperkt mogelijk, ch. 5.2 and 6 transparantie en rechten, ch. 10 dossiervorming).
enum AssessmentStepsLater {
  /// Step 4: only the data the purpose needs; lists categories that look beyond it.
  static func necessity(_ c: AssessmentContext) -> AssessmentStep {
    let q = "Deelt de school alleen de gegevens die voor dit doel nodig zijn?"
    let source = "AVG art. 5 lid 1 onder c; NJi Handreiking (2016) hoofdstuk 9"
    let whole = c.input.dataCategories.filter { AssessmentLexicon.matches($0, AssessmentLexicon.wholeFile) }
    if !whole.isEmpty {
      return AssessmentStep(4, "necessity", question: q, outcome: .needsAction,
        reason: "Niet het hele dossier delen (\(whole.joined(separator: ", "))): noem de gegevens die de ontvanger voor dit doel nodig heeft.",
        source: source, details: ["beyondPurpose": .array(whole.map(JSONValue.string))])
    }
    if let partner = c.partner, let needs = AssessmentLexicon.usualNeeds[partner] {
      let beyond = c.input.dataCategories.filter { !AssessmentLexicon.matches($0, needs) }
      if !beyond.isEmpty {
        return AssessmentStep(4, "necessity", question: q, outcome: .needsAction,
          reason: "Deze gegevens gaan verder dan wat \(c.input.recipientName) gewoonlijk voor dit doel nodig heeft: \(beyond.joined(separator: ", ")). Laat ze weg, of noteer waarom ze nodig zijn.",
          source: source, details: ["beyondPurpose": .array(beyond.map(JSONValue.string))])
      }
    }
    let reason = c.meldcode
      ? "De Meldcode bepaalt wat voor de melding nodig is; deel niet meer."
      : "Alleen deze gegevens: \(c.input.dataCategories.joined(separator: ", ")). Ga na dat elk daarvan voor het doel nodig is."
    return AssessmentStep(4, "necessity", question: q, outcome: .passed, reason: reason, source: source)
  }

  /// Step 5: whom to inform or whose consent to ask, by age (UAVG art. 5(1): the legal
  /// representatives under 16, the student from 16; an adult student alone), and by when.
  static func informing(_ c: AssessmentContext) -> AssessmentStep {
    let q = "Wie moet de school informeren of om toestemming vragen, en wanneer?"
    let source = "AVG art. 13, 14 lid 3, art. 7, art. 12 lid 1; UAVG art. 5; beslissingen 41-43 (rules.md); NJi Handreiking (2016) hoofdstuk 5.2 en 6"
    let h = c.holders
    var who: [String] = []
    if h.representatives > 0 { who.append("de wettelijk vertegenwoordigers (ouders met gezag of voogd) van \(h.representatives) leerling(en) jonger dan 16") }
    if h.students - h.adults > 0 { who.append("\(h.students - h.adults) leerling(en) van 16 of 17 zelf") }
    if h.adults > 0 { who.append("\(h.adults) meerderjarige leerling(en) zelf (ouders alleen met hun toestemming; bij curatele de curator)") }
    let whom = who.joined(separator: "; ")
    let details: JSONObject = [
      "legalRepresentatives": .int(h.representatives), "students": .int(h.students), "adultStudents": .int(h.adults),
    ]
    switch c.basis {
    case .AVG6_1a?:
      let allValid = c.consents.allSatisfy { if case .valid = $0 { return true } else { return false } }
      return AssessmentStep(5, "informing", question: q, outcome: allValid ? .passed : .needsAction,
        reason: allValid
          ? "De toestemming is er; informeer bij het verstrekken in duidelijke taal, voor een kind begrijpelijk (art. 12 lid 1 AVG)."
          : "Vraag vóór het verstrekken toestemming aan: \(whom). Leg die vast met consents.record.",
        source: source, details: details)
    case .AVG6_1c?, .AVG6_1e?, .AVG6_1b?:
      if c.meldcode {
        return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
          reason: "Bespreek de melding vooraf met \(whom), zoals de Meldcode vraagt, tenzij dat de veiligheid van het kind of een ander in gevaar brengt; noteer dan waarom niet.",
          source: source, details: details)
      }
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: "Geen toestemming nodig, wel informeren: \(whom), uiterlijk bij het verstrekken (art. 14 lid 3 onder c AVG). Leg vast wanneer en hoe (parentsInformedOn, informedHow).",
        source: source, details: details)
    case .AVG6_1d?:
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: "Informeer \(whom) zo snel als de situatie toelaat, achteraf als het niet eerder kan.", source: source, details: details)
    case nil:
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: "Hangt af van de grondslag (stap 2): toestemming vragen of informeren; in beide gevallen gaat het om \(whom).",
        source: source, details: details)
    }
  }

  /// Step 6: what `sharing.record` will need, so the disclosure is one call away (or refused on a stop).
  static func recording(_ c: AssessmentContext, earlier: [AssessmentStep]) -> AssessmentStep {
    let q = "Wat legt de school vast bij het verstrekken?"
    let source = "AVG art. 5 lid 2, art. 15 lid 1 onder c, art. 30; NJi Handreiking (2016) hoofdstuk 10"
    if let stop = earlier.first(where: { $0.outcome == .stop }) {
      return AssessmentStep(6, "recording", question: q, outcome: .stop,
        reason: "Niet verstrekken: stap \(stop.number) zegt stop. sharing.record weigert een verstrekking met deze toets.", source: source)
    }
    var params: JSONObject = [
      "recipient": ["name": .string(c.input.recipientName), "role": .string(c.input.recipientRole.rawValue)],
      "purpose": .string(c.input.purpose), "dataCategories": .array(c.input.dataCategories.map(JSONValue.string)),
      "students": .array(c.input.students.map { s in
        var o: JSONObject = ["id": .string(s.id)]
        if let cid = s.consentID { o["consentId"] = .string(cid) }
        return .object(o)
      }),
    ]
    if let b = c.basis { params["legalBasis"] = .string(b.rawValue) }
    if let law = c.law { params["specificLaw"] = .string(law) }
    if let cid = c.input.consentID { params["consentId"] = .string(cid) }
    var still = ["disclosedOn", "students[].birthDate"]
    if c.basis == nil { still.insert("legalBasis", at: 0) }
    if c.basis?.needsSpecificLaw == true { still += ["parentsInformedOn", "informedHow"] }
    return AssessmentStep(6, "recording", question: q, outcome: c.basis == nil ? .needsAction : .passed,
      reason: "Leg de verstrekking vast met sharing.record en deze toets (assessmentId); aan te vullen: \(still.joined(separator: ", ")). Geboortedata bewaart de toets niet.",
      source: source, details: ["sharingRecord": .object(params), "stillToGive": .array(still.map(JSONValue.string))])
  }
}
