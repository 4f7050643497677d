import JSON
import JSONRPC
import Rules

/// Dates and instants from params, with the rules module's meaning: every failure is -32602
/// naming the field and saying in plain words what is wrong.
extension Params {
  /// A required date `YYYY-MM-DD`.
  func date(_ name: String) throws(RPCError) -> CivilDate {
    let s = try string(name)
    do { return try CivilDate.parse(s) } catch { throw invalid(name, error.reason) }
  }

  /// An optional date.
  func optionalDate(_ name: String) throws(RPCError) -> CivilDate? {
    guard has(name) else { return nil }
    return try date(name)
  }

  /// A required instant (RFC 3339 with an offset).
  func instant(_ name: String) throws(RPCError) -> Instant {
    let s = try string(name)
    do { return try Instant.parse(s) } catch { throw invalid(name, error.reason) }
  }

  /// An optional instant.
  func optionalInstant(_ name: String) throws(RPCError) -> Instant? {
    guard has(name) else { return nil }
    return try instant(name)
  }

  /// A date given as a date or an instant (an instant counts by its Europe/Amsterdam date).
  func dateOrInstant(_ name: String) throws(RPCError) -> CivilDate? {
    guard let s = try optionalString(name) else { return nil }
    if s.count == 10 { return try date(name) }
    do { return Amsterdam.date(of: try Instant.parse(s)) } catch { throw invalid(name, error.reason) }
  }
}

extension RuleError {
  /// -32602 with this error's field and reason.
  var rpcError: RPCError { RPCError.invalidParams(field: field, reason: reason) }
}

extension AvgdService {
  /// "Now" as an instant (pinned by `AVGD_NOW` in tests).
  public var nowInstant: Instant {
    let t = now().timeIntervalSince1970
    let seconds = Int64(t.rounded(.down))
    return Instant(secondsSinceEpoch: seconds, nanoseconds: Int64(((t - Double(seconds)) * 1000).rounded()) * 1_000_000)
  }

  /// Today in Europe/Amsterdam.
  public var today: CivilDate { Amsterdam.date(of: nowInstant) }

  /// The configured leap-day convention.
  public var leapDayConvention: LeapDayConvention {
    LeapDayConvention(rawValue: configuration.leapDayConvention) ?? .default
  }
}
