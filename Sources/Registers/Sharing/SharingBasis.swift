/// The art. 6(1) AVG basis of a disclosure to a third party (rules.md §5, decision 41). Point (f)
/// is absent: a school board may not rely on legitimate interests for its public task (art. 6(1)
/// last subparagraph).
public enum SharingBasis: String, Sendable, CaseIterable {
  /// Consent (6(1)(a)): needs a valid consent per student (art. 7; UAVG art. 5).
  case AVG6_1a
  /// Contract (6(1)(b)).
  case AVG6_1b
  /// Legal obligation (6(1)(c)): needs the specific law; inform, no consent (art. 6(3)).
  case AVG6_1c
  /// Vital interests (6(1)(d)).
  case AVG6_1d
  /// Public task (6(1)(e)): needs the specific law; inform, no consent (art. 6(3)).
  case AVG6_1e

  /// True for (c) and (e), whose basis must be laid down by law (art. 6(3)).
  public var needsSpecificLaw: Bool { self == .AVG6_1c || self == .AVG6_1e }
}
