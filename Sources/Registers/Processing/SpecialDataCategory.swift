import Wording

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

  /// The category in words.
  public var text: Text {
    switch self {
    case .health: Texts.Processing.specialHealth
    case .religion: Texts.Processing.specialReligion
    case .belief: Texts.Processing.specialBelief
    case .race: Texts.Processing.specialRace
    case .politics: Texts.Processing.specialPolitics
    case .tradeUnion: Texts.Processing.specialTradeUnion
    case .sexualOrientation: Texts.Processing.specialSexualOrientation
    case .genetic: Texts.Processing.specialGenetic
    case .biometric: Texts.Processing.specialBiometric
    case .criminal: Texts.Processing.specialCriminal
    }
  }

  /// The category in Dutch (the Dutch privacy statement).
  public var dutch: String { text.nl }
}
