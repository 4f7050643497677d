/// What the record of processing activities says about the bases in use, which decides which
/// rights a statement or notice lists (duties.md D12, §4): portability only where consent or a
/// contract is the basis (art. 20(1)(a)), objection only for (e) or (f) (art. 21(1)), withdrawing
/// consent only where consent is asked (art. 7(3)), automated decisions only where used (art. 22).
public struct ActivityFlags: Sendable, Equatable {
  /// An activity relies on consent (6(1)(a)).
  public var consent = false
  /// An activity relies on a contract (6(1)(b)).
  public var contract = false
  /// An activity relies on a public task or legitimate interests (6(1)(e), (f)).
  public var objectable = false
  /// An activity has WP248 criterion 2, automated decision-making.
  public var automatedDecisions = false

  /// No flags.
  public init() {}

  /// The flags of `activities`.
  public init(_ activities: [ProcessingRecord]) {
    for a in activities {
      switch a.basisLetter {
      case .a: consent = true
      case .b: contract = true
      case .e, .f: objectable = true
      default: break
      }
      if a.criteria.contains(.automatedDecision) { automatedDecisions = true }
    }
  }
}
