/// A register's allowed actions per status with the statuses as their wire values: what a
/// `Lifecycle` publishes (`Lifecycle.erased`) and what code reading stored records checks against.
/// An action outside the table is refused with 1002 listing what is allowed (`allowed`).
public struct StateMachine: Sendable {
  /// `status → action → next status`.
  public let transitions: [String: [String: String]]
  /// The status of a new record.
  public let initial: String

  /// A machine from its table (built by `Lifecycle.erased`, so every status is a declared one).
  init(_ transitions: [String: [String: String]], initial: String) {
    self.transitions = transitions
    self.initial = initial
  }

  /// Every status, sorted.
  public var statuses: [String] { transitions.keys.sorted() }

  /// The actions allowed in `status`, sorted.
  public func allowed(in status: String) -> [String] { (transitions[status] ?? [:]).keys.sorted() }

  /// The status after `action`, or the 1002 error.
  public func next(after action: String, from status: String) throws(RegisterError) -> String {
    guard let next = transitions[status]?[action] else {
      throw RegisterError.transition(action: action, status: status, allowed: allowed(in: status))
    }
    return next
  }
}
