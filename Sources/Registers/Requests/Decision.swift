/// The outcome of a request (rules.md §2.4 item 2, §2.5 `decision`).
public enum Decision: String, Sendable, Hashable, CaseIterable {
  /// Everything asked for is given or done.
  case granted
  /// Part is withheld or restricted: needs grounds, authority, balancing and a written record
  /// (AVG art. 12(4), 15(4), 23(1)(i); UAVG art. 41(1)(i); rules.md decision 19).
  case partiallyGranted
  /// Refused as a whole: the same requirements as `partiallyGranted`.
  case refused
  /// The requester had no standing at receipt (age, authority; BW 1:245(4), 1:377c): the only
  /// outcome for a request flagged `entitled: false`, and never one for an entitled request.
  case rejectedNoStanding

  /// True when personal data is disclosed to (or acted on for) the requester: the act that must
  /// be lawful at decision time, so standing is re-checked (rules.md §1.5, decision 4).
  public var discloses: Bool { self == .granted || self == .partiallyGranted }

  /// True when the decision restricts or refuses and so needs the art. 12(4) apparatus.
  public var restricts: Bool { self == .partiallyGranted || self == .refused }
}
