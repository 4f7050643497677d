import Wording

extension RightHolder {
  /// Standing of a request on `on` (rules.md §1.2–1.5, settled decisions 6–8).
  ///
  /// Like `check`, except for a parent without parental authority asking about a minor student:
  /// BW 1:377c gives that parent important information about the child on request (access to the
  /// dossier, results and progress), so such a request has standing on its own channel; it is
  /// refused only when giving it is against the child's interest. The other AVG rights
  /// (rectification, erasure, ...) are not information and stay without standing. From 18 the
  /// information right ends and `check` answers (results only with the student's consent).
  /// Throws (field `birthDate`) when the student is born after `on`.
  public static func standing(
    birthDate: CivilDate, on: CivilDate, right: Right, requester: Requester, about: About = .student,
    convention: LeapDayConvention = .default
  ) throws(RuleError) -> RequestStanding {
    let years = try checkedAge(birthDate: birthDate, on: on, convention: convention)
    let channel = LegalChannel.of(right: right, requester: requester, about: about, age: years)
    let general = try check(birthDate: birthDate, on: on, right: right, requester: requester, about: about, convention: convention)
    guard channel == .BW_377C else { return RequestStanding(channel: channel, entitlement: general) }
    let R = Texts.Rules.self
    let basis = LegalBasis(law: "BW", article: R.citation("BW 1:377c"), sentence: R.informationRightBasis)
    guard right == .access || right == .results else {
      return RequestStanding(
        channel: channel,
        entitlement: Entitlement(
          entitled: false, holders: general.holders, reason: R.informationOnly(article: right.articleText),
          basis: LegalBasis(law: "BW", article: R.citation("BW 1:245(4); BW 1:377c"), sentence: basis.sentenceText)))
    }
    return RequestStanding(
      channel: channel,
      entitlement: Entitlement(
        entitled: true, holders: general.holders, reason: R.informationOnRequest(age: years), basis: basis))
  }
}
