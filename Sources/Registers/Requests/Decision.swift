/// The outcome of a request (rules.md §2.4 item 2, §2.5 `decision`).
public enum Decision: String, Sendable, Hashable, CaseIterable {
  /// Everything asked for is given or done.
  case granted
  /// Part is withheld or restricted: needs grounds, authority, balancing and a written record
  /// (AVG art. 12(4), 15(4), 23(1)(i); UAVG art. 41(1)(i); rules.md decision 19).
  case partiallyGranted
  /// Refused as a whole: the same requirements as `partiallyGranted`.
  case refused
  /// The requester has no standing on the decision date (age, authority, no consent of an adult
  /// student; BW 1:245(4), 1:233): never for a requester who has standing then, and never for a
  /// student under 16 who asked for themselves (settled decision 7: route or accept instead).
  case rejectedNoStanding
  /// A manifestly unfounded or excessive request acted on for a reasonable fee covering the
  /// administrative costs (AVG art. 12(5)(a); rules.md §2.4 item 2 "fee", decision 18).
  case fee

  /// True when personal data is disclosed to (or acted on for) the requester.
  public var discloses: Bool { self == .granted || self == .partiallyGranted || self == .fee }

  /// True when the decision restricts or refuses and so needs the art. 12(4) apparatus.
  public var restricts: Bool { self == .partiallyGranted || self == .refused }

  /// True when the written decision must name the remedies (AVG art. 12(4)): every decision that
  /// does not simply grant (a fee too: decision 18 asks for the 12(4) information with it).
  public var namesRemedies: Bool { self != .granted }
}
