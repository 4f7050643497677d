import JSON
import Rules

/// `requests.withdraw`: the requester withdrew the request (or, after a holder change, the
/// student did not adopt it: rules.md §1.5). The record stays in the register, closed, for the
/// accountability of AVG art. 5(2) until its retention ends (decision 36).
public struct WithdrawRequest: Sendable {
  /// The request.
  public let id: String
  /// When.
  public let at: Instant
  /// Why or how, in words.
  public let note: String?

  /// A withdrawal.
  public init(id: String, at: Instant, note: String?) {
    self.id = id
    self.at = at
    self.note = note
  }

  /// The `requests.withdrawn` change.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("withdraw", from: r)
    try clock.notFuture(at, field: "at")
    try clock.notBeforeReceipt(at, r, field: "at")
    let stamp = Amsterdam.format(at)
    var details: JSONObject = ["at": .string(stamp)]
    if let note { details["note"] = .string(note) }
    return r.with([
      ("status", .string(next.rawValue)), ("withdrawnAt", .string(stamp)), ("withdrawalNote", note.map { .string($0) }),
      ("closedAt", .string(stamp)),
    ]).change("withdrawn", details)
  }
}
