/// The requests register's state machine (Protocol/requests.md, "States"): which action is
/// allowed in which status and where it leads. Anything else is refused with 1002.
///
/// Two moves are decided by the command, not the table: `decide` leads to `holderChanged`
/// instead of `decided` when the requester lost standing since receipt, whatever the decision
/// (rules.md §1.5), and
/// `adopt` returns to `extended` rather than `open` when the request was already extended.
public enum RequestLifecycle {
  /// `status → action → next status`.
  public static let machine = StateMachine([
    RequestStatus.open.rawValue: [
      "verifyIdentity": "open", "extend": "extended", "decide": "decided", "adopt": "open", "route": "open",
      "withdraw": "withdrawn",
    ],
    RequestStatus.extended.rawValue: [
      "verifyIdentity": "extended", "decide": "decided", "adopt": "extended", "route": "extended",
      "withdraw": "withdrawn",
    ],
    RequestStatus.holderChanged.rawValue: [
      "verifyIdentity": "holderChanged", "adopt": "open", "withdraw": "withdrawn",
    ],
    RequestStatus.decided.rawValue: ["respond": "responded", "withdraw": "withdrawn"],
    RequestStatus.responded.rawValue: [:],
    RequestStatus.withdrawn.rawValue: [:],
  ])

  /// The status after `action` from `record`'s status, or the 1002 error.
  static func next(_ action: String, from record: RequestRecord) throws(RegisterError) -> RequestStatus {
    let raw = try machine.next(after: action, from: record.json["status"]?.stringValue ?? "")
    return RequestStatus(rawValue: raw) ?? .open
  }
}
