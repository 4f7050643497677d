/// The answer of one step of the NJi step plan before a disclosure, and of the whole assessment
/// (the worst of its steps): the school may go ahead, must do something first, or must not share.
public enum AssessmentOutcome: String, Sendable, CaseIterable, Comparable {
  /// The step is met.
  case passed
  /// Something must be done first (name the law, ask consent, inform, narrow the data).
  case needsAction
  /// The disclosure as planned is not allowed; `sharing.record` refuses an assessment that says so.
  case stop

  /// passed < needsAction < stop.
  public static func < (a: AssessmentOutcome, b: AssessmentOutcome) -> Bool { a.rank < b.rank }

  /// The order of severity.
  var rank: Int {
    switch self {
    case .passed: 0
    case .needsAction: 1
    case .stop: 2
    }
  }
}
