import JSON
import Rules
import Wording

/// Steps 1–3 of the step plan before a disclosure (NJi, Handreiking gegevensuitwisseling, 2016:
/// ch. 5 doelbinding, ch. 7 grondslagen, ch. 8 bijzondere persoonsgegevens en geheimhouders),
/// read against the AVG as it applies now (the 2016 edition cites the Wbp). Steps 4–6 are in
/// `AssessmentStepsLater`. Each step says passed, needsAction or stop, why, and on what it rests.
enum AssessmentSteps {
  /// The catalogue of the step plan's texts.
  typealias T = Texts.Assessment

  /// Step 1: is the purpose specific, and compatible with the purpose the data was collected for?
  static func purpose(_ c: AssessmentContext) -> AssessmentStep {
    let (q, source) = (T.purposeQuestion, T.purposeSource)
    let words = AssessmentLexicon.normal(c.input.purpose).split(separator: " ").map(String.init)
    if words.count < 3 || words.allSatisfy({ AssessmentLexicon.vaguePurposes.contains($0) || $0.count < 3 }) {
      return AssessmentStep(1, "purpose", question: q, outcome: .needsAction,
        reason: T.purposeVague(c.input.purpose), source: source)
    }
    let commercial = AssessmentLexicon.matches(c.input.purpose, AssessmentLexicon.commercialWords)
    if commercial, c.basis != .AVG6_1a {
      return AssessmentStep(1, "purpose", question: q, outcome: .stop,
        reason: T.purposeCommercial, source: source)
    }
    switch c.basis {
    case .AVG6_1a?, .AVG6_1c?, .AVG6_1e?:
      return AssessmentStep(1, "purpose", question: q, outcome: .passed,
        reason: T.purposeNoCompatibilityTest, source: source)
    case .AVG6_1d?:
      return AssessmentStep(1, "purpose", question: q, outcome: .passed,
        reason: T.purposeVital, source: source)
    case .AVG6_1b?, nil:
      return AssessmentStep(1, "purpose", question: q, outcome: .needsAction,
        reason: T.purposeWeigh, source: source)
    }
  }

  /// Step 2: is there a basis, consent given by the right person for the student's age, or a law?
  static func basis(_ c: AssessmentContext) -> AssessmentStep {
    let (q, source) = (T.basisQuestion, T.basisSource)
    if c.legitimateInterests {
      return AssessmentStep(2, "basis", question: q, outcome: .stop,
        reason: T.legitimateInterests, source: source)
    }
    guard let basis = c.basis else {
      let hint: Text
      switch c.partner {
      case .attendance?: hint = T.hintAttendance
      case .veiligThuis?: hint = T.hintVeiligThuis
      default: hint = T.hintOther
      }
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction, reason: T.noBasis(hint), source: source)
    }
    switch basis {
    case .AVG6_1a:
      return consentStep(c, q, source)
    case .AVG6_1c, .AVG6_1e:
      guard let law = c.law else {
        return AssessmentStep(2, "basis", question: q, outcome: .stop,
          reason: T.lawMissing, source: source)
      }
      return AssessmentStep(2, "basis", question: q, outcome: .passed,
        reason: T.basisOnLaw(basis.rawValue, law: law), source: source, details: ["specificLaw": .string(law)])
    case .AVG6_1d:
      return AssessmentStep(2, "basis", question: q, outcome: .passed,
        reason: T.basisVital, source: source)
    case .AVG6_1b:
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction,
        reason: T.basisContract, source: source)
    }
  }

  /// The consent part of step 2: each student's consent, from the person who holds it at that age.
  static func consentStep(_ c: AssessmentContext, _ q: Text, _ source: Text) -> AssessmentStep {
    var missing: [String] = []
    var reconfirm: [String] = []
    for (i, s) in c.input.students.enumerated() {
      switch c.consents[i] {
      case .none: missing.append(s.id)
      case .refused(let e):
        return AssessmentStep(2, "basis", question: q, outcome: .stop,
          reason: T.consentRefused(s.id, reason: e.reason), source: source,
          details: ["student": .string(s.id), "field": .string(e.field ?? "consentId")])
      case .valid(let consent):
        if c.ages[i] >= 16, consent.givenBy != .student, (consent.json["ageOnGiving"]?.intValue ?? 99) < 16 { reconfirm.append(s.id) }
      }
    }
    if !missing.isEmpty {
      return AssessmentStep(2, "basis", question: q, outcome: .needsAction,
        reason: T.consentMissing(missing.joined(separator: ", ")), source: source,
        details: ["studentsWithoutConsent": .array(missing.map(JSONValue.string))])
    }
    var reason = T.consentValid
    if !reconfirm.isEmpty { reason = reason + T.reconfirm(reconfirm.joined(separator: ", ")) }
    return AssessmentStep(2, "basis", question: q, outcome: .passed, reason: reason, source: source,
      details: reconfirm.isEmpty ? [:] : ["reconfirmationAdvised": .array(reconfirm.map(JSONValue.string))])
  }

  /// Step 3: special categories (art. 9, 10), data from professionals with a duty of secrecy, the Meldcode route.
  static func special(_ c: AssessmentContext) -> AssessmentStep {
    let (q, source) = (T.specialQuestion, T.specialSource)
    let special = AssessmentLexicon.special(c.input.dataCategories)
    let secret = c.input.dataCategories.filter { AssessmentLexicon.matches($0, AssessmentLexicon.secrecyWords) }
    var details: JSONObject = [:]
    if !special.isEmpty { details["specialCategories"] = .array(special.map(JSONValue.string)) }
    if !secret.isEmpty { details["fromProfessionalSecrecy"] = .array(secret.map(JSONValue.string)) }
    if c.meldcode {
      details["route"] = "meldcode"
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: T.meldcode, source: source, details: details)
    }
    if special.isEmpty && secret.isEmpty {
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: T.noSpecial, source: source)
    }
    let named = (special + secret).joined(separator: ", ")
    if c.basis == .AVG6_1a {
      let allValid = c.consents.allSatisfy { if case .valid = $0 { return true } else { return false } }
      return AssessmentStep(3, "specialCategories", question: q, outcome: allValid ? .passed : .needsAction,
        reason: allValid ? T.explicitConsentGiven(named) : T.explicitConsentNeeded(named),
        source: source, details: details)
    }
    if let exception = c.input.art9Exception.flatMap({ $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }), secret.isEmpty {
      details["art9Exception"] = .string(exception)
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: T.exceptionApplies(named, exception: exception), source: source, details: details)
    }
    if secret.isEmpty, special.allSatisfy({ AssessmentLexicon.matches($0, ["criminal", "strafrechtelijk", "strafblad", "politie"]) }),
      c.basis?.needsSpecificLaw == true, let law = c.law
    {
      return AssessmentStep(3, "specialCategories", question: q, outcome: .passed,
        reason: T.criminalOnLaw(law), source: source, details: details)
    }
    let why = secret.isEmpty ? T.art9Forbids : T.secrecy(secret.joined(separator: ", "))
    return AssessmentStep(3, "specialCategories", question: q, outcome: .stop,
      reason: T.notAsPlanned(named, why: why), source: source, details: details)
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
