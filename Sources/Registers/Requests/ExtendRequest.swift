import JSON
import Rules
import Wording

/// `requests.extend`: the one extension of AVG art. 12(3) — by two further months, "taking into
/// account the complexity and number of the requests", with the reasons sent to the requester
/// within the first month. avgd counts three months from receipt (rules.md §2.2, decision 16)
/// and also shows the chained reading as the conservative target.
///
/// A notice sent after the legal due date (`dueBy`) is refused with 1005: after that the request
/// is simply overdue. A second extension is refused with 1002 (status `extended`).
public struct ExtendRequest: Sendable {
  /// The request.
  public let id: String
  /// Why (complexity, number of requests): part of the notice.
  public let reason: String
  /// When the notice with reasons was sent.
  public let noticeSentAt: Instant

  /// An extension.
  public init(id: String, reason: String, noticeSentAt: Instant) {
    self.id = id
    self.reason = reason
    self.noticeSentAt = noticeSentAt
  }

  /// The `requests.extended` change.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("extend", from: r)
    try clock.notFuture(noticeSentAt, field: "noticeSentAt")
    try clock.notBeforeReceipt(noticeSentAt, r, field: "noticeSentAt")
    guard let receivedOn = r.receivedOn, let dueBy = r.dueBy else {
      throw .conflict(field: "id", reason: Texts.Requests.recordLacksDueDate.string)
    }
    guard noticeSentAt <= dueBy else {
      throw .tooLate(
        field: "noticeSentAt",
        reason: Texts.Requests.extensionTooLate(dueBy: Amsterdam.format(dueBy)).string,
        deadline: Amsterdam.format(dueBy))
    }
    let d: RequestDeadline
    do { d = try Deadlines.request(receivedOn: receivedOn) } catch { throw .invalid("id", error.reason) }
    let members: [(String, JSONValue?)] = [
      ("status", .string(next.rawValue)),
      ("extensionReason", .string(reason)),
      ("extensionNoticeSentAt", .string(Amsterdam.format(noticeSentAt))),
      ("extendedBaseDueOn", .string(d.extendedBaseDueOn.description)),
      ("extendedDueOn", .string(d.extendedDueOn.description)),
      ("extendedDueBy", .string(Amsterdam.format(d.extendedDueBy))),
      ("chainedExtendedDueOn", .string(d.chainedExtendedDueOn.description)),
      ("chainedIsEarlier", .bool(d.chainedIsEarlier)),
    ]
    return r.with(members).change(
      "extended", ["reason": .string(reason), "extendedDueOn": .string(d.extendedDueOn.description)])
  }
}
