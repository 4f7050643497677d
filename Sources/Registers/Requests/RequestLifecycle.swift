/// The requests register's state machine (Protocol/requests.md, "States"): which action is
/// allowed in which status and where it leads. Anything else is refused with 1002.
///
/// Two moves are decided by the command, not the table: `decide` leads to `holderChanged`
/// instead of `decided` when the requester lost standing since receipt, whatever the decision
/// (rules.md §1.5), and
/// `adopt` returns to `extended` rather than `open` when the request was already extended.
public enum RequestLifecycle {
  /// `status → action → next status`, over the typed statuses.
  public static let lifecycle = Lifecycle<RequestStatus>(
    initial: .open,
    [
      .open: [
        "verifyIdentity": .open, "extend": .extended, "decide": .decided, "adopt": .open, "route": .open,
        "withdraw": .withdrawn, "correct": .open,
      ],
      .extended: [
        "verifyIdentity": .extended, "decide": .decided, "adopt": .extended, "route": .extended,
        "withdraw": .withdrawn, "correct": .extended,
      ],
      .holderChanged: ["verifyIdentity": .holderChanged, "adopt": .open, "withdraw": .withdrawn, "correct": .holderChanged],
      .decided: ["respond": .responded, "withdraw": .withdrawn, "correct": .decided],
      // A closed request's facts can still be corrected (AVG art. 16 applies to the register);
      // what was sent stays as sent (`requests.correct`).
      .responded: ["correct": .responded],
      .withdrawn: ["correct": .withdrawn],
    ],
    alternatives: ["decide": [.holderChanged], "adopt": [.extended]])

  /// The table with wire values, for publishing.
  public static let machine = lifecycle.erased

  /// The status after `action` from `record`'s status, or the 1002 error (a stored status that is
  /// no `RequestStatus` allows nothing; it is never read as `open`).
  static func next(_ action: String, from record: RequestRecord) throws(RegisterError) -> RequestStatus {
    try lifecycle.next(after: action, from: record.json["status"]?.stringValue ?? "")
  }
}
