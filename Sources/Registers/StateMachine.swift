/// A register's allowed actions per status, declared as data and published in Protocol/.
/// An action outside the table is refused with 1002 listing what is allowed (`allowed`).
public struct StateMachine: Sendable {
  /// `status → action → next status`.
  public let transitions: [String: [String: String]]

  /// A machine from its table.
  public init(_ transitions: [String: [String: String]]) { self.transitions = transitions }

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
