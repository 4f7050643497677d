import JSON
import Rules
import Wording

/// `requests.verifyIdentity`: records how the requester's identity was established
/// (AVG art. 12(6)). Only the method is kept, never a copy or number of an identity document
/// (data minimisation, art. 5(1)(c); rules.md §2.1, decision 36). The deadline is not paused
/// while identity is checked (rules.md §2.2, decision 17).
public struct VerifyIdentity: Sendable {
  /// The request.
  public let id: String
  /// How identity was established, in words ("shown passport at the desk, no copy kept").
  public let method: String
  /// When.
  public let verifiedAt: Instant

  /// A verification.
  public init(id: String, method: String, verifiedAt: Instant) {
    self.id = id
    self.method = method
    self.verifiedAt = verifiedAt
  }

  /// The `requests.identityVerified` change.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("verifyIdentity", from: r)
    if Self.looksLikeDocumentNumber(method) {
      throw .invalid("method", Texts.Requests.noDocumentNumbers.string)
    }
    try clock.notFuture(verifiedAt, field: "verifiedAt")
    try clock.notBeforeReceipt(verifiedAt, r, field: "verifiedAt")
    let identity: JSONValue = ["method": .string(method), "verifiedAt": .string(Amsterdam.format(verifiedAt))]
    return r.with([("status", .string(next.rawValue)), ("identity", identity)])
      .change("identityVerified", ["identity": identity])
  }

  /// True when `text` holds a run of 6 or more letters-and-digits with at least 6 digits, or any run of
  /// 8+ digits: the shape of a passport, ID-card or BSN number.
  static func looksLikeDocumentNumber(_ text: String) -> Bool {
    for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      let digits = word.filter(\.isNumber).count
      if digits >= 8 || (digits >= 6 && word.count >= 8) { return true }
    }
    return false
  }
}
