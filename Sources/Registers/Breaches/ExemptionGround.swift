/// The art. 34(3) grounds on which a high-risk breach need not be communicated to each person.
public enum ExemptionGround: String, Sendable, CaseIterable {
  /// 34(3)(a): the data was unintelligible to others (encrypted, key not compromised).
  case encrypted
  /// 34(3)(b): later measures mean the high risk is no longer likely to materialise.
  case subsequentMeasures
  /// 34(3)(c): individual notice takes disproportionate effort; a public communication is required.
  case disproportionateEffort

  /// The provision, as the register and the export name it (a decision not to notify names its
  /// ground): a citation, the same in both languages and stored in the record as given.
  public var article: String {
    let point = switch self {
    case .encrypted: "a"
    case .subsequentMeasures: "b"
    case .disproportionateEffort: "c"
    }
    return "\(Self.law) art. 34(3)(\(point))"
  }

  /// The law the citation names.
  static let law = "AVG"
}
