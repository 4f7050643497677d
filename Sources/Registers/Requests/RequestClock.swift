import Rules
import Wording

/// What a request command needs besides its params: "now" (the service's injected clock, never
/// the system clock, so examples and tests are reproducible) and the 29 February convention
/// used for ages (rules.md §1.4, decision 3).
public struct RequestClock: Sendable {
  /// The moment the command runs.
  public let now: Instant
  /// How a 29 February birthday counts in other years.
  public let convention: LeapDayConvention

  /// A clock.
  public init(now: Instant, convention: LeapDayConvention = .default) {
    self.now = now
    self.convention = convention
  }

  /// `now` as written on the wire (RFC 3339, Amsterdam offset).
  var stamp: String { Amsterdam.format(now) }

  /// Refuses a moment after `now`: an act cannot be recorded before it happened (field `field`).
  func notFuture(_ at: Instant, field: String) throws(RegisterError) {
    guard at <= now else {
      throw .invalid(field, Texts.Requests.inFuture(Amsterdam.format(at), now: stamp).string)
    }
  }

  /// Refuses a moment before receipt: nothing happens to a request before it arrived.
  func notBeforeReceipt(_ at: Instant, _ record: RequestRecord, field: String) throws(RegisterError) {
    guard let received = record.receivedOn, Amsterdam.date(of: at) >= received else {
      throw .invalid(field, Texts.Requests.beforeReceipt(Amsterdam.format(at), receivedOn: record.receivedOn?.description).string)
    }
  }
}
