/// A national identifying number an activity uses (AVG art. 87; UAVG art. 46: the BSN only
/// where a law allows it). Marked so the register shows where numbers go (duties.md §1.2).
public enum IdentifyingNumber: String, Sendable, CaseIterable {
  /// Burgerservicenummer.
  case bsn
  /// Onderwijsnummer (persoonsgebonden nummer for a student without a BSN).
  case onderwijsnummer

  /// The number in Dutch.
  public var dutch: String {
    switch self {
    case .bsn: return "burgerservicenummer (BSN)"
    case .onderwijsnummer: return "onderwijsnummer"
    }
  }

  /// Words that already name the number in a category's name ("burgerservicenummer", "BSN").
  public var words: [String] {
    switch self {
    case .bsn: return ["bsn", "burgerservicenummer"]
    case .onderwijsnummer: return ["onderwijsnummer"]
    }
  }
}
