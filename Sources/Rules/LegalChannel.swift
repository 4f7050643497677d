/// The legal route a request about a student travels (rules.md §0 and §2.5 `channel`): the AVG
/// rights, the school laws' progress information, or the information right of a parent without
/// parental authority. The route decides who has standing and on which ground a refusal rests.
public enum LegalChannel: String, Sendable, Hashable, CaseIterable {
  /// Channel A: the AVG data-subject rights (art. 15–21), and every request about one's own data.
  case A_AVG
  /// Channel B: progress information for parents under the school laws (WPO art. 11, WVO art. 23b
  /// / WVO 2020 [article unverified], WEC art. 20), for a minor student (BW 1:233).
  case B_SECTOR_LAW
  /// BW 1:377c: a parent without parental authority asks for important information about the
  /// care and upbringing of a minor child; given on request, refused only when it is against the
  /// child's interest (rules.md §1.2, settled decision 8).
  case BW_377C

  /// The channel of a request for `right` by `requester` about `about`, for a student aged `age`
  /// on the date of receipt. BW 1:377c concerns minor children only (Book 1 title 15, "minderjarige
  /// kinderen"): from 18 nobody holds parental authority, so a parent's request is a parent's
  /// request like any other.
  public static func of(right: Right, requester: Requester, about: About, age: Int) -> LegalChannel {
    if about == .requester { return .A_AVG }
    if requester == .parentWithoutAuthority && age < 18 { return .BW_377C }
    return right == .results ? .B_SECTOR_LAW : .A_AVG
  }
}
