import Wording

extension RightHolder {
  /// Whether `requester` may exercise `right` on `on` (issue 4, rules.md §1.2 and decisions 8–13).
  ///
  /// - `about: .requester`: everyone holds the AVG rights over their own data whatever the
  ///   student's age (decision 13; the child's data inside is redacted, AVG art. 15(4)). For the
  ///   student "own data" is the student's data, so the age rules apply as for `.student`.
  /// - `parentWithoutAuthority`: never AVG standing for the child; BW 1:377c information only.
  /// - `caregiver`: no AVG representation; progress information (Channel B) under 18 only.
  /// - `curator`: acts for an adult student only (UAVG art. 5(2)); the school must hold the
  ///   court decision on curatele or mentorschap, which avgd cannot see.
  /// Throws (field `birthDate`) when the student is born after `on`.
  public static func check(
    birthDate: CivilDate, on: CivilDate, right: Right, requester: Requester,
    about: About = .student, convention: LeapDayConvention = .default
  ) throws(RuleError) -> Entitlement {
    let resolution = try resolve(birthDate: birthDate, on: on, convention: convention)
    let phase = StudentPhase(age: resolution.age)
    let holders = phase.holders(of: right)
    let basis = phase.basis(of: right)
    if about == .requester && requester != .student {
      return ownData(right: right, holders: holders)
    }
    func answer(_ entitled: Bool, _ reason: Text, consent: Bool = false) -> Entitlement {
      Entitlement(entitled: entitled, holders: holders, reason: reason, basis: basis, entitledWithStudentConsent: consent)
    }
    let R = Texts.Rules.self
    let age = resolution.age, phrase = right.phraseText
    switch requester {
    case .student:
      return holders.contains(.student)
        ? answer(true, R.studentHolds(age: age, phrase))
        : answer(false, R.studentNotYet(age: age, phrase, on: resolution.nextChange?.on.description))
    case .parent, .guardian:
      let who = R.representative(parent: requester == .parent)
      if holders.contains(.parents) {
        return answer(true, R.representativeHolds(who, phrase, age: age))
      }
      if right == .results {
        return answer(false, R.adultResultsToParents(age: age), consent: true)
      }
      return answer(false, R.representativeNoLonger(who, phrase, age: age))
    case .parentWithoutAuthority:
      if right == .results && phase == .adult {
        return answer(false, R.adultResultsToAParent(age: age), consent: true)
      }
      return Entitlement(
        entitled: false, holders: holders, reason: R.parentWithoutAuthority,
        basis: LegalBasis(law: "BW", article: R.citation("BW 1:245(4); BW 1:377c"), sentence: R.parentWithoutAuthorityBasis))
    case .caregiver:
      if right == .results {
        return phase == .adult
          ? answer(false, R.adultResultsToACaregiver(age: age), consent: true)
          : answer(true, R.caregiverResults)
      }
      return answer(false, R.caregiverNoAVG)
    case .curator:
      guard phase == .adult else {
        return answer(false, R.curatorForMinor(age: age))
      }
      return Entitlement(
        entitled: true, holders: holders, reason: R.curatorForAdult(age: age),
        basis: LegalBasis(law: "UAVG / BW", article: R.curatorArticle + right.articleText, sentence: R.curatorBasis))
    }
  }

  /// The answer for a request about the requester's own data.
  static func ownData(right: Right, holders: [Holder]) -> Entitlement {
    let R = Texts.Rules.self
    if right == .results {
      return Entitlement(
        entitled: false, holders: holders, reason: R.ownDataResults,
        basis: LegalBasis(law: "AVG", article: R.ownResultsArticle, sentence: R.ownDataResultsBasis))
    }
    return Entitlement(
      entitled: true, holders: holders, reason: R.ownData(right.phraseText),
      basis: LegalBasis(
        law: "AVG", article: right == .access ? R.ownAccessArticle : right.articleText, sentence: R.ownDataBasis))
  }
}
