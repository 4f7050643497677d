import Wording

/// The letter of AVG art. 6(1) an activity relies on (duties.md D2). (c) and (e) must name the
/// law that lays them down (art. 6(3)); (f) must name the interest (art. 13(1)(d)).
public enum BasisLetter: String, Sendable, CaseIterable {
  /// Consent (6(1)(a)).
  case a
  /// Contract (6(1)(b)), e.g. the employment contract.
  case b
  /// Legal obligation (6(1)(c)).
  case c
  /// Vital interests (6(1)(d)).
  case d
  /// Public task (6(1)(e)), the school's education task.
  case e
  /// Legitimate interests (6(1)(f)); not for a public authority's tasks (art. 6(1) last subparagraph).
  case f

  /// True where art. 6(3) asks for the law that lays the basis down.
  public var needsLaw: Bool { self == .c || self == .e }

  /// The basis in plain words with its article, for the privacy statement and the register.
  public var text: Text {
    switch self {
    case .a: Texts.Processing.basisConsent
    case .b: Texts.Processing.basisContract
    case .c: Texts.Processing.basisLegalObligation
    case .d: Texts.Processing.basisVitalInterest
    case .e: Texts.Processing.basisPublicTask
    case .f: Texts.Processing.basisLegitimateInterest
    }
  }

  /// The basis in Dutch (the Dutch privacy statement); `text` renders it in the call's language.
  public var dutch: String { text.nl }
}
