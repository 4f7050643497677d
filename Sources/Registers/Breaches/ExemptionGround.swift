/// The art. 34(3) grounds on which a high-risk breach need not be communicated to each person.
public enum ExemptionGround: String, Sendable, CaseIterable {
  /// 34(3)(a): the data was unintelligible to others (encrypted, key not compromised).
  case encrypted
  /// 34(3)(b): later measures mean the high risk is no longer likely to materialise.
  case subsequentMeasures
  /// 34(3)(c): individual notice takes disproportionate effort; a public communication is required.
  case disproportionateEffort

  /// The provision, as the register and the export name it (a decision not to notify names its ground).
  public var article: String {
    switch self {
    case .encrypted: return "AVG art. 34(3)(a)"
    case .subsequentMeasures: return "AVG art. 34(3)(b)"
    case .disproportionateEffort: return "AVG art. 34(3)(c)"
    }
  }
}
