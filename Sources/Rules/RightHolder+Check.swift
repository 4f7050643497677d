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
    func answer(_ entitled: Bool, _ reason: String, consent: Bool = false) -> Entitlement {
      Entitlement(entitled: entitled, holders: holders, reason: reason, basis: basis, entitledWithStudentConsent: consent)
    }
    let age = resolution.age
    switch requester {
    case .student:
      return holders.contains(.student)
        ? answer(true, "The student is \(age) and holds \(right.phrase) personally.")
        : answer(false, "The student is \(age); under 16 the parents (legal representatives) hold \(right.phrase); the student takes it over on \(resolution.nextChange?.on.description ?? "the 16th birthday").")
    case .parent, .guardian:
      let who = requester == .parent ? "A parent with authority" : "A guardian"
      if holders.contains(.parents) {
        return answer(true, "\(who) holds \(right.phrase) for a student aged \(age).")
      }
      if right == .results {
        return answer(false, "The student is \(age) and of age: results go to the parents only with the student's recorded consent.", consent: true)
      }
      return answer(false, "The student is \(age): from 16 the student holds \(right.phrase); \(who.lowercased()) no longer acts for the student.")
    case .parentWithoutAuthority:
      let info = "A parent without parental authority is not the student's legal representative (BW 1:245(4)) and holds no AVG rights for the child; they may ask the school for important information about the child's care and upbringing under BW 1:377c, which the school refuses if it is against the child's interest."
      if right == .results && phase == .adult {
        return answer(false, "The student is \(age) and of age: results go to a parent only with the student's recorded consent.", consent: true)
      }
      return Entitlement(
        entitled: false, holders: holders, reason: info,
        basis: LegalBasis(law: "BW", article: "BW 1:245(4); BW 1:377c", sentence: "A parent without authority has an information right on request, not AVG standing."))
    case .caregiver:
      if right == .results {
        return phase == .adult
          ? answer(false, "The student is \(age) and of age: results go to a caregiver only with the student's recorded consent.", consent: true)
          : answer(true, "A caregiver (verzorger) counts as 'ouder' under the school laws (WPO art. 1, WVO 2020 art. 1.1) and receives progress information until the student is 18.")
      }
      return answer(false, "A caregiver (verzorger) is not the student's legal representative under the AVG; only progress information (Channel B, results) goes to a caregiver, until the student is 18.")
    case .curator:
      guard phase == .adult else {
        return answer(false, "A curator or mentor acts only for an adult student; the student is \(age), so the parents or guardian represent them (under 16) or the student acts personally (16 or 17).")
      }
      return Entitlement(
        entitled: true, holders: holders,
        reason: "The student is \(age); a curator or mentor acts for an adult student under curatele or mentorschap. Check the court decision before acting: avgd cannot see it.",
        basis: LegalBasis(law: "UAVG / BW", article: "UAVG art. 5(2); BW 1:378 and 1:450; \(right.article)", sentence: "For an adult under curatele or mentorschap the curator or mentor acts in the student's place."))
    }
  }

  /// The answer for a request about the requester's own data.
  static func ownData(right: Right, holders: [Holder]) -> Entitlement {
    if right == .results {
      return Entitlement(
        entitled: false, holders: holders,
        reason: "Results are the student's data; a request about your own data uses the AVG rights (access, rectification, ...), not results.",
        basis: LegalBasis(law: "AVG", article: "AVG art. 15(1)", sentence: "Everyone has access to their own personal data."))
    }
    return Entitlement(
      entitled: true, holders: holders,
      reason: "Everyone holds \(right.phrase) over their own personal data, whatever the student's age; the student's data inside those records is redacted.",
      basis: LegalBasis(
        law: "AVG", article: right == .access ? "AVG art. 15(1) and 15(4)" : right.article,
        sentence: "A data subject exercises their own rights; others' data in a copy is protected (AVG art. 15(4))."))
  }
}
