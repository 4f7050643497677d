import Wording

/// A national identifying number an activity uses (AVG art. 87; UAVG art. 46: the BSN only
/// where a law allows it). Marked so the register shows where numbers go (duties.md §1.2).
public enum IdentifyingNumber: String, Sendable, CaseIterable {
  /// Burgerservicenummer.
  case bsn
  /// Onderwijsnummer (persoonsgebonden nummer for a student without a BSN).
  case onderwijsnummer

  /// The number in words.
  public var text: Text {
    switch self {
    case .bsn: Texts.Processing.numberBSN
    case .onderwijsnummer: Texts.Processing.numberOnderwijsnummer
    }
  }

  /// The number in Dutch (the Dutch privacy statement).
  public var dutch: String { text.nl }

  /// Words that already name the number in a category's name ("burgerservicenummer", "BSN").
  public var words: [String] {
    switch self {
    case .bsn: return ["bsn", "burgerservicenummer"]
    case .onderwijsnummer: return ["onderwijsnummer"]
    }
  }
}
