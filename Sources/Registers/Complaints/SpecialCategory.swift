/// The special categories of personal data of AVG art. 9(1) and the criminal data of art. 10
/// that may come up in a complaint. A dossier records one only with a reason why it is directly
/// related to the complaint (rules.md §7, S&V; decision 47).
public enum SpecialCategory: String, Sendable, CaseIterable {
  /// Data concerning health (art. 9(1)).
  case health
  /// Religious beliefs (art. 9(1)).
  case religion
  /// Philosophical beliefs (levensovertuiging, art. 9(1)).
  case belief
  /// Sex life or sexual orientation (art. 9(1)).
  case sexualOrientation
  /// Racial or ethnic origin (art. 9(1)).
  case race
  /// Political opinions (art. 9(1)).
  case politics
  /// Trade union membership (art. 9(1)).
  case tradeUnion
  /// Criminal convictions and offences (art. 10; UAVG art. 31–33), suspicions included.
  case criminal
  /// A (possible) sexual offence: criminal data (art. 10) about a person's sex life (art. 9(1)).
  case sexualOffence
  /// Biometric data to identify a person: fingerprints, face recognition (art. 9(1), 4(14)).
  case biometric
  /// Genetic data, DNA (art. 9(1), 4(13)).
  case genetic
}
