import Rules

/// In which capacity someone gives or withdraws a consent (rules.md §1.2, decision 42): the
/// relationship decides, with the student's age on the date, whether they hold consent
/// (UAVG art. 5(1): under 16 the legal representative, from 16 the student; 5(2): a curator for
/// an adult under curatele).
public enum ConsentGiver: String, Sendable, CaseIterable {
  /// A parent with parental authority (BW 1:245(4)).
  case parent
  /// A guardian (voogd).
  case guardian
  /// The student.
  case student
  /// The curator or mentor of an adult student.
  case curator

  /// The same person for the rules module's holder check.
  public var requester: Requester {
    switch self {
    case .parent: return .parent
    case .guardian: return .guardian
    case .student: return .student
    case .curator: return .curator
    }
  }
}
