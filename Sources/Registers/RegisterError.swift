import JSON

/// Why a register refused a command. The service maps each case to its JSON-RPC error
/// (Protocol/errors.md): invalid → -32602, notFound → 1001, transition and blocked → 1002, notEntitled → 1003,
/// tooLate → 1005, conflict → 1006.
public enum RegisterError: Error, Sendable, Equatable {
  /// A field breaks a rule; `field` is the dotted param path.
  case invalid(_ field: String, _ reason: String)
  /// No record with this id.
  case notFound(register: String, id: String)
  /// The action is not allowed in `status`; `allowed` lists what is.
  case transition(action: String, status: String, allowed: [String])
  /// The status allows the action but a duty comes first (`duty`: what must happen, such as
  /// `notifySubjects` before closing a breach whose people must be told, AVG art. 34(1)); `reason`
  /// says it in words for the person at the keyboard (issue 16 §4). Also 1002.
  case blocked(action: String, status: String, allowed: [String], duty: String, reason: String)
  /// The person does not hold the right.
  case notEntitled(field: String, reason: String)
  /// A deadline rule refuses the action.
  case tooLate(field: String, reason: String, deadline: String)
  /// The action conflicts with recorded data.
  case conflict(field: String, reason: String)
}
