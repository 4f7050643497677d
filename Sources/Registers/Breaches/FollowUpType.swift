/// A follow-up to an AP notification (AVG art. 33(4): information may be provided in phases;
/// the AP form allows adding to, changing and withdrawing a notification).
public enum FollowUpType: String, Sendable, CaseIterable {
  /// Adds information the first notification did not have yet.
  case supplement
  /// Corrects what was reported.
  case amend
  /// Withdraws the notification (it was no breach); the register keeps the record (decision 30).
  case withdraw
}
