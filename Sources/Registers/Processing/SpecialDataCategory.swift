/// The special categories of AVG art. 9(1) and the criminal data of art. 10: processing them
/// needs an exception (art. 9(2), UAVG art. 22–30), which `processing.check` asks for.
public enum SpecialDataCategory: String, Sendable, CaseIterable {
  /// Data concerning health (dyslexia, ADHD, medication, absence through illness).
  case health
  /// Religious beliefs.
  case religion
  /// Philosophical beliefs (levensovertuiging).
  case belief
  /// Racial or ethnic origin.
  case race
  /// Political opinions.
  case politics
  /// Trade union membership.
  case tradeUnion
  /// Sex life or sexual orientation.
  case sexualOrientation
  /// Genetic data.
  case genetic
  /// Biometric data for unique identification (fingerprint, face recognition; UAVG art. 29).
  case biometric
  /// Criminal convictions and offences (art. 10; UAVG art. 31–33).
  case criminal

  /// The category in Dutch.
  public var dutch: String {
    switch self {
    case .health: return "gezondheid"
    case .religion: return "godsdienst"
    case .belief: return "levensovertuiging"
    case .race: return "ras of etnische afkomst"
    case .politics: return "politieke opvattingen"
    case .tradeUnion: return "lidmaatschap van een vakbond"
    case .sexualOrientation: return "seksueel gedrag of seksuele gerichtheid"
    case .genetic: return "genetische gegevens"
    case .biometric: return "biometrische gegevens"
    case .criminal: return "strafrechtelijke gegevens"
    }
  }
}
