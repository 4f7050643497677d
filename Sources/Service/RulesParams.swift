import Foundation
import JSON
import JSONRPC
import Rules

/// Reads the rules methods' params into `Rules` values and maps rule errors to -32602, so every
/// bad date, instant or fact comes back with `data.field` and a plain `data.reason`.
enum RulesParams {
  /// A required `YYYY-MM-DD` date.
  static func date(_ p: Params, _ name: String) throws(RPCError) -> CivilDate {
    let s = try p.string(name)
    do { return try CivilDate.parse(s) } catch { throw p.invalid(name, error.reason) }
  }

  /// A required RFC 3339 instant with an offset.
  static func instant(_ p: Params, _ name: String) throws(RPCError) -> Instant {
    let s = try p.string(name)
    do { return try Instant.parse(s) } catch { throw p.invalid(name, error.reason) }
  }

  /// An optional date given as `YYYY-MM-DD` or as an instant; an instant becomes its
  /// Europe/Amsterdam date (issue 4: 2026-03-14T23:30:00Z is 2026-03-15).
  static func optionalDateOrInstant(_ p: Params, _ name: String) throws(RPCError) -> CivilDate? {
    guard let s = try p.optionalString(name) else { return nil }
    let b = Array(s.utf8)
    if b.count == 10 {
      do { return try CivilDate.parse(s) } catch { throw p.invalid(name, error.reason) }
    }
    guard b.count > 10, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") else {
      throw p.invalid(
        name, "'\(s)' is neither a date YYYY-MM-DD nor an RFC 3339 instant such as 2026-03-15T09:30:00+01:00")
    }
    do { return Amsterdam.date(of: try Instant.parse(s)) } catch { throw p.invalid(name, error.reason) }
  }

  /// Today in Europe/Amsterdam by the service's clock (pinned by `AVGD_NOW` in tests).
  static func today(_ service: AvgdService) -> CivilDate {
    Amsterdam.date(of: instant(of: service.now()))
  }

  /// A Foundation `Date` as an exact-enough `Instant` (nanoseconds rounded).
  static func instant(of date: Date) -> Instant {
    let t = date.timeIntervalSince1970
    let whole = t.rounded(.down)
    return Instant(secondsSinceEpoch: Int64(whole), nanoseconds: Int64(((t - whole) * 1e9).rounded()))
  }

  /// The configured 29 February convention (default `march1`, rules.md §1.4).
  static func convention(_ service: AvgdService) -> LeapDayConvention {
    LeapDayConvention(rawValue: service.configuration.leapDayConvention) ?? .default
  }

  /// Runs a rule; a `RuleError` becomes -32602 with its field and reason.
  static func rule<T>(_ body: () throws(RuleError) -> T) throws(RPCError) -> T {
    do { return try body() } catch { throw RPCError.invalidParams(field: error.field, reason: error.reason) }
  }
}
