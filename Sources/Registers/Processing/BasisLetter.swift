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

  /// The basis in plain Dutch, for the privacy statement.
  public var dutch: String {
    switch self {
    case .a: return "toestemming (AVG art. 6 lid 1 sub a)"
    case .b: return "uitvoering van een overeenkomst (AVG art. 6 lid 1 sub b)"
    case .c: return "wettelijke verplichting (AVG art. 6 lid 1 sub c)"
    case .d: return "vitaal belang (AVG art. 6 lid 1 sub d)"
    case .e: return "taak van algemeen belang (AVG art. 6 lid 1 sub e)"
    case .f: return "gerechtvaardigd belang (AVG art. 6 lid 1 sub f)"
    }
  }
}
