/// Where a request is in its life (Protocol/requests.md has the diagram and table).
///
/// `open` and `extended` run against the legal due date (AVG art. 12(3)); `holderChanged` waits
/// for the student to adopt a parent's request after the 16th (or 18th) birthday (rules.md §1.5,
/// decision 5); `decided` still has to be communicated (art. 12(3)/(4) count until the
/// requester is informed); `responded` and `withdrawn` are closed.
public enum RequestStatus: String, RegisterStatus {
  /// Received and registered, not yet decided.
  case open
  /// Extended once by two months (AVG art. 12(3)); otherwise like `open`.
  case extended
  /// The rights holder changed after receipt; the student may adopt it, or it is withdrawn.
  case holderChanged
  /// Decided, not yet sent to the requester.
  case decided
  /// The answer was sent: closed.
  case responded
  /// Withdrawn by the requester: closed.
  case withdrawn

  /// True while the school still owes the requester an answer (the deadline keeps running;
  /// these are the statuses `requests.due` and `overdue` look at).
  public var isPending: Bool {
    switch self {
    case .open, .extended, .holderChanged, .decided: return true
    case .responded, .withdrawn: return false
    }
  }
}
