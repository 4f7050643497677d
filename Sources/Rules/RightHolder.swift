import Wording

/// Decides who holds which right over a student's data on a date (issue 4, rules.md §1).
///
/// Channel A (AVG rights, consent): the legal representatives under 16, the student from 16
/// (UAVG art. 5(1), applied to rights by sector practice). Channel B (results): parents until
/// 18 (WPO art. 11, WVO art. 23b / WVO 2020 [article unverified], WEC art. 20, BW 1:233), the
/// student also from 16, from 18 the student alone (parents only with the student's consent). Ages change at 00:00 Amsterdam on the birthday (`age(birthDate:on:)`).
public enum RightHolder {
  /// The holders of every right on `on`, with the next change.
  /// Throws (field `birthDate`) when the student is born after `on`.
  public static func resolve(
    birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention = .default
  ) throws(RuleError) -> RightsResolution {
    let years = try checkedAge(birthDate: birthDate, on: on, convention: convention)
    let phase = StudentPhase(age: years)
    let sixteen = anniversary(of: birthDate, years: 16, convention: convention)
    let eighteen = anniversary(of: birthDate, years: 18, convention: convention)
    let rights = Right.allCases.map { right in
      entry(right, phase: phase, sixteen: sixteen, eighteen: eighteen)
    }
    let next: NextChange?
    switch phase {
    case .under16: next = NextChange(on: sixteen, age: 16, description: describe(.sixteenToEighteen))
    case .sixteenToEighteen: next = NextChange(on: eighteen, age: 18, description: describe(.adult))
    case .adult: next = nil
    }
    return RightsResolution(age: years, on: on, rights: rights, nextChange: next)
  }

  /// The changes of holders (16th and 18th birthday) with `from <= date <= to`.
  /// Throws (field `to`) when `to` is before `from`.
  public static func timeline(
    birthDate: CivilDate, from: CivilDate, to: CivilDate, convention: LeapDayConvention = .default
  ) throws(RuleError) -> [RightsChange] {
    guard from <= to else {
      throw RuleError(field: "to", reason: Texts.Rules.endBeforeStart(to.description, from.description))
    }
    let sixteen = anniversary(of: birthDate, years: 16, convention: convention)
    let eighteen = anniversary(of: birthDate, years: 18, convention: convention)
    let changes: [(CivilDate, Int, StudentPhase, [Right])] = [
      (sixteen, 16, .sixteenToEighteen, Right.allCases),
      (eighteen, 18, .adult, [.results]),
    ]
    return changes.filter { from <= $0.0 && $0.0 <= to }.map { date, years, phase, rights in
      RightsChange(
        on: date, age: years, description: describe(phase),
        rights: rights.map { entry($0, phase: phase, sixteen: sixteen, eighteen: eighteen) })
    }
  }

  /// The age on `on`, refusing a birth date after `on` (field `birthDate`).
  public static func checkedAge(
    birthDate: CivilDate, on: CivilDate, convention: LeapDayConvention = .default
  ) throws(RuleError) -> Int {
    guard birthDate <= on else {
      throw RuleError(field: "birthDate", reason: Texts.Rules.bornAfter(birthDate.description, on.description))
    }
    return age(birthDate: birthDate, on: on, convention: convention)
  }

  /// One right's entry in a phase, with the period it covers.
  static func entry(_ right: Right, phase: StudentPhase, sixteen: CivilDate, eighteen: CivilDate) -> RightEntry {
    let since: CivilDate?
    let until: CivilDate?
    switch (phase, right.isAVGChannel) {
    case (.under16, _): (since, until) = (nil, sixteen)
    case (.sixteenToEighteen, true): (since, until) = (sixteen, nil)
    case (.sixteenToEighteen, false): (since, until) = (sixteen, eighteen)
    case (.adult, true): (since, until) = (sixteen, nil)
    case (.adult, false): (since, until) = (eighteen, nil)
    }
    return RightEntry(
      right: right, holders: phase.holders(of: right), basis: phase.basis(of: right),
      since: since, until: until, parentsWithStudentConsent: phase == .adult && right == .results)
  }

  /// What happens when a phase begins, in plain words.
  static func describe(_ phase: StudentPhase) -> Text {
    switch phase {
    case .under16: return Texts.Rules.phaseUnder16
    case .sixteenToEighteen: return Texts.Rules.phaseSixteen
    case .adult: return Texts.Rules.phaseAdult
    }
  }
}
