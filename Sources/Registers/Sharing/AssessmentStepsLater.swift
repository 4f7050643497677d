import JSON
import Rules
import Wording

/// Steps 4–6 of the step plan before a disclosure (NJi, Handreiking gegevensuitwisseling, 2016:
/// ch. 9 zo beperkt mogelijk, ch. 5.2 and 6 transparantie en rechten, ch. 10 dossiervorming).
enum AssessmentStepsLater {
  /// The catalogue of the step plan's texts.
  typealias T = Texts.Assessment

  /// Step 4: only the data the purpose needs; lists categories that look beyond it.
  static func necessity(_ c: AssessmentContext) -> AssessmentStep {
    let (q, source) = (T.necessityQuestion, T.necessitySource)
    let whole = c.input.dataCategories.filter { AssessmentLexicon.matches($0, AssessmentLexicon.wholeFile) }
    if !whole.isEmpty {
      return AssessmentStep(4, "necessity", question: q, outcome: .needsAction,
        reason: T.wholeFile(whole.joined(separator: ", ")),
        source: source, details: ["beyondPurpose": .array(whole.map(JSONValue.string))])
    }
    if let partner = c.partner, let needs = AssessmentLexicon.usualNeeds[partner] {
      let beyond = c.input.dataCategories.filter { !AssessmentLexicon.matches($0, needs) }
      if !beyond.isEmpty {
        return AssessmentStep(4, "necessity", question: q, outcome: .needsAction,
          reason: T.beyondUsual(c.input.recipientName, categories: beyond.joined(separator: ", ")),
          source: source, details: ["beyondPurpose": .array(beyond.map(JSONValue.string))])
      }
    }
    let reason = c.meldcode ? T.meldcodeNecessity : T.onlyThese(c.input.dataCategories.joined(separator: ", "))
    return AssessmentStep(4, "necessity", question: q, outcome: .passed, reason: reason, source: source)
  }

  /// Step 5: whom to inform or whose consent to ask, by age (UAVG art. 5(1): the legal
  /// representatives under 16, the student from 16; an adult student alone), and by when.
  static func informing(_ c: AssessmentContext) -> AssessmentStep {
    let (q, source) = (T.informingQuestion, T.informingSource)
    let h = c.holders
    var who: [Text] = []
    if h.representatives > 0 { who.append(T.representatives(h.representatives)) }
    if h.students - h.adults > 0 { who.append(T.studentsOf16Or17(h.students - h.adults)) }
    if h.adults > 0 { who.append(T.adultStudents(h.adults)) }
    let whom = Text.joined(who, separator: "; ").string
    let details: JSONObject = [
      "legalRepresentatives": .int(h.representatives), "students": .int(h.students), "adultStudents": .int(h.adults),
    ]
    switch c.basis {
    case .AVG6_1a?:
      let allValid = c.consents.allSatisfy { if case .valid = $0 { return true } else { return false } }
      return AssessmentStep(5, "informing", question: q, outcome: allValid ? .passed : .needsAction,
        reason: allValid ? T.consentThere : T.askConsent(whom),
        source: source, details: details)
    case .AVG6_1c?, .AVG6_1e?, .AVG6_1b?:
      if c.meldcode {
        return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
          reason: T.meldcodeDiscuss(whom),
          source: source, details: details)
      }
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: T.informInstead(whom),
        source: source, details: details)
    case .AVG6_1d?:
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: T.informVital(whom), source: source, details: details)
    case nil:
      return AssessmentStep(5, "informing", question: q, outcome: .needsAction,
        reason: T.dependsOnBasis(whom),
        source: source, details: details)
    }
  }

  /// Step 6: what `sharing.record` will need, so the disclosure is one call away (or refused on a stop).
  static func recording(_ c: AssessmentContext, earlier: [AssessmentStep]) -> AssessmentStep {
    let (q, source) = (T.recordingQuestion, T.recordingSource)
    if let stop = earlier.first(where: { $0.outcome == .stop }) {
      return AssessmentStep(6, "recording", question: q, outcome: .stop,
        reason: T.doNotDisclose(stop.number), source: source)
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
      reason: T.recordWith(still.joined(separator: ", ")),
      source: source, details: ["sharingRecord": .object(params), "stillToGive": .array(still.map(JSONValue.string))])
  }
}
