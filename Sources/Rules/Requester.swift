/// Who is asking, for `RightHolder.check` (rules.md §1.2, decisions 8, 9, 12).
public enum Requester: String, Sendable, Hashable, CaseIterable {
  /// The student (data subject).
  case student
  /// A parent with parental authority (BW 1:245(4)).
  case parent
  /// A guardian (voogd), a legal representative like a parent with authority.
  case guardian
  /// A parent without parental authority: no AVG standing; information only under BW 1:377c.
  case parentWithoutAuthority
  /// A caregiver (verzorger, e.g. foster or step-parent): not an AVG representative; an "ouder"
  /// for progress information under the school laws (Channel B) only.
  case caregiver
  /// A curator or mentor of an adult student under curatele or mentorschap (UAVG art. 5(2)).
  case curator
}
