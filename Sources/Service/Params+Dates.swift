import Foundation
import JSON
import JSONRPC
import Registers
import Rules

/// Dates and instants from params through the one reader's date readers (`FieldReader+Dates` in
/// Registers): every failure is -32602 naming the field and saying in plain words what is wrong,
/// exactly as a register command reading the same input would say it.
extension Params {
  /// A required date `YYYY-MM-DD`.
  func date(_ name: String) throws(RPCError) -> CivilDate { try read { () throws(FieldError) in try core.date(name) } }

  /// An optional date.
  func optionalDate(_ name: String) throws(RPCError) -> CivilDate? {
    try read { () throws(FieldError) in try core.optionalDate(name) }
  }

  /// A required instant (RFC 3339; no offset = Amsterdam wall time, refused at a DST gap or fold).
  func instant(_ name: String) throws(RPCError) -> Instant { try read { () throws(FieldError) in try core.instant(name) } }

  /// An optional instant.
  func optionalInstant(_ name: String) throws(RPCError) -> Instant? {
    try read { () throws(FieldError) in try core.optionalInstant(name) }
  }

  /// The moment a step is done: the instant given, or the service's clock when left out
  /// (issue 16 §3); the record written shows the moment used.
  func instant(_ name: String, orNow service: AvgdService) throws(RPCError) -> Instant {
    try read { () throws(FieldError) in try core.instant(name, orNow: service.nowInstant) }
  }

  /// The moment a step is done: the instant given, or `now` when left out.
  func instant(_ name: String, orNow now: Instant) throws(RPCError) -> Instant {
    try read { () throws(FieldError) in try core.instant(name, orNow: now) }
  }

  /// The day a step is done: the date given, or today in Amsterdam when left out.
  func date(_ name: String, orToday service: AvgdService) throws(RPCError) -> CivilDate {
    try read { () throws(FieldError) in try core.date(name, orToday: service.today) }
  }

  /// A date given as a date or an instant (an instant counts by its Europe/Amsterdam date).
  func dateOrInstant(_ name: String) throws(RPCError) -> CivilDate? {
    try read { () throws(FieldError) in try core.dateOrInstant(name) }
  }
}

extension RuleError {
  /// -32602 with this error's field and reason.
  var rpcError: RPCError { RPCError.invalidParams(field: field, reason: reason) }
}

extension Instant {
  /// A clock reading as an instant, to the millisecond (rounded to nearest): the one conversion of
  /// the service's clock, so stamps and "today" agree and stay readable on the wire.
  init(clock date: Date) {
    let t = date.timeIntervalSince1970
    let seconds = t.rounded(.down)
    self.init(secondsSinceEpoch: Int64(seconds), nanoseconds: Int64(((t - seconds) * 1000).rounded()) * 1_000_000)
  }
}

extension AvgdService {
  /// "Now" as an instant (pinned by `AVGD_NOW` in tests).
  public var nowInstant: Instant { Instant(clock: now()) }

  /// Today in Europe/Amsterdam.
  public var today: CivilDate { Amsterdam.date(of: nowInstant) }

  /// The configured leap-day convention.
  public var leapDayConvention: LeapDayConvention {
    LeapDayConvention(rawValue: configuration.leapDayConvention) ?? .default
  }
}
