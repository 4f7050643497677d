import JSON
import Rules
import Wording

/// `requests.respond`: the decided answer was sent; the request is closed (AVG art. 12(3): the
/// requester is informed; rules.md §2.4 item 9: date sent and channel). A response after the
/// effective due date is recorded, marked `respondedLate`, since the register must show it.
public struct RespondToRequest: Sendable {
  /// The request.
  public let id: String
  /// When the answer was sent.
  public let respondedAt: Instant
  /// How (electronically if the request came electronically, art. 12(3)).
  public let channel: String

  /// A response.
  public init(id: String, respondedAt: Instant, channel: String) {
    self.id = id
    self.respondedAt = respondedAt
    self.channel = channel
  }

  /// The `requests.responded` change.
  /// Kept closure + 5 years, as proof the request was answered on time (rules.md §8, decision 36 [!]).
  static func retention(_ closedAt: Instant) -> [(String, JSONValue?)] {
    RetentionPurge.members(closedAt: closedAt, years: 5, rule: "requests-5y").map { ($0.0, Optional($0.1)) }
  }

  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("respond", from: r)
    try clock.notFuture(respondedAt, field: "respondedAt")
    if let decided = r.decidedAt, respondedAt < decided {
      throw .invalid("respondedAt", Texts.Requests.answerBeforeDecision(Amsterdam.format(decided)).string)
    }
    let late = r.effectiveDueOn.map { Amsterdam.date(of: respondedAt) > $0 } ?? false
    let at = Amsterdam.format(respondedAt)
    return r.with([
      ("status", .string(next.rawValue)), ("respondedAt", .string(at)), ("responseChannel", .string(channel)),
      ("respondedLate", .bool(late)), ("closedAt", .string(at)),
    ] + Self.retention(respondedAt)).change("responded", ["respondedAt": .string(at), "channel": .string(channel), "late": .bool(late)])
  }
}
