import Rules
import Wording

/// What every step of the assessment reads: the input, the basis as parsed, the partner the
/// recipient is, each student's age on the assessment date and the state of each student's
/// consent (checked once against the consent register, AVG art. 7; UAVG art. 5).
struct AssessmentContext {
  /// The consent of one student: none named, valid, or refused with the register's reason.
  enum Consent {
    /// No consent named for the student.
    case none
    /// A consent that holds for this disclosure.
    case valid(ConsentRecord)
    /// A consent that does not hold, with the register's reason.
    case refused(RegisterError)
  }

  /// The plan.
  let input: AssessmentInput
  /// The basis, nil when none was given or it is `AVG6_1f`.
  let basis: SharingBasis?
  /// True when `AVG6_1f` was given (not available to a school board for its tasks).
  let legitimateInterests: Bool
  /// The partner the recipient is, if recognised.
  let partner: AssessmentLexicon.Partner?
  /// The assessment date (Amsterdam).
  let today: CivilDate
  /// Each student's age on `today`.
  let ages: [Int]
  /// Each student's consent (only read for basis AVG6_1a).
  let consents: [Consent]
  /// The law, nil when blank.
  let law: String?

  /// The Meldcode route: a report to Veilig Thuis.
  var meldcode: Bool { partner == .veiligThuis }

  /// The context; the consent checks use `Sharing.consentFor` as `sharing.record` will on `today`.
  init(_ input: AssessmentInput, consents register: Register, today: CivilDate, convention: LeapDayConvention) throws(RegisterError) {
    self.input = input
    self.today = today
    let given = input.legalBasis.flatMap { $0.isEmpty ? nil : $0 }
    legitimateInterests = given == "AVG6_1f"
    if let given, !legitimateInterests {
      guard let b = SharingBasis(rawValue: given) else {
        let allowed = SharingBasis.allCases.map(\.rawValue).joined(separator: ", ")
        throw .invalid("legalBasis", Texts.Processing.unknownValue(given, expected: "\(allowed), AVG6_1f").string)
      }
      basis = b
    } else {
      basis = nil
    }
    partner = AssessmentLexicon.partner(recipient: input.recipientName, purpose: input.purpose)
    var ages: [Int] = []
    for (i, s) in input.students.enumerated() {
      guard s.birthDate <= today else { throw .invalid("students[\(i)].birthDate", Texts.Sharing.bornAfterToday(s.birthDate.description, today: today.description).string) }
      ages.append(Rules.age(birthDate: s.birthDate, on: today, convention: convention))
    }
    self.ages = ages
    law = input.specificLaw.flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
    let disclosure = DisclosureInput(
      recipientName: input.recipientName, recipientRole: input.recipientRole, purpose: input.purpose, legalBasis: .AVG6_1a,
      dataCategories: input.dataCategories, students: input.students, disclosedOn: today, consentID: input.consentID,
      school: input.school)
    let onConsent = basis == .AVG6_1a
    consents = input.students.enumerated().map { i, s in
      guard onConsent, s.consentID ?? input.consentID != nil else { return .none }
      do throws(RegisterError) { return .valid(try Sharing.consentFor(s, index: i, disclosure, in: register)) } catch { return .refused(error) }
    }
  }

  /// Who holds consent for each student, counted: legal representatives under 16, the student from 16 (UAVG art. 5(1)).
  var holders: (representatives: Int, students: Int, adults: Int) {
    (ages.filter { $0 < 16 }.count, ages.filter { $0 >= 16 }.count, ages.filter { $0 >= 18 }.count)
  }
}

extension RegisterError {
  /// The reason in words, for a step's explanation.
  var reason: String {
    switch self {
    case .invalid(_, let r), .notEntitled(_, let r), .conflict(_, let r), .tooLate(_, let r, _): r
    case .notFound(let register, let id): Texts.Sharing.notInRegister(id, register: register).string
    case .transition(let action, let status, _): Texts.Sharing.notAllowedIn(action, status: status).string
    case .blocked(_, _, _, _, let reason): reason
    }
  }
}
