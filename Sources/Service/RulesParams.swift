import Foundation
import JSON
import JSONRPC
import Rules

/// Reads the rules methods' params into `Rules` values and maps rule errors to -32602, so every
/// bad date, instant or fact comes back with `data.field` and a plain `data.reason`.
enum RulesParams {
  /// A required `YYYY-MM-DD` date (the one reader's).
  static func date(_ p: Params, _ name: String) throws(RPCError) -> CivilDate { try p.date(name) }

  /// A required RFC 3339 instant (the one reader's; no offset = Amsterdam wall time).
  static func instant(_ p: Params, _ name: String) throws(RPCError) -> Instant { try p.instant(name) }

  /// An optional date given as `YYYY-MM-DD` or as an instant; an instant becomes its
  /// Europe/Amsterdam date (issue 4: 2026-03-14T23:30:00Z is 2026-03-15).
  static func optionalDateOrInstant(_ p: Params, _ name: String) throws(RPCError) -> CivilDate? {
    try p.dateOrInstant(name)
  }

  /// Today in Europe/Amsterdam by the service's clock (pinned by `AVGD_NOW` in tests).
  static func today(_ service: AvgdService) -> CivilDate { service.today }

  /// A Foundation `Date` as an `Instant`, the same conversion as the service's clock (milliseconds).
  static func instant(of date: Date) -> Instant { Instant(clock: date) }

  /// The configured 29 February convention (default `march1`, rules.md §1.4).
  static func convention(_ service: AvgdService) -> LeapDayConvention {
    LeapDayConvention(rawValue: service.configuration.leapDayConvention) ?? .default
  }

  /// Runs a rule; a `RuleError` becomes -32602 with its field and reason.
  static func rule<T>(_ body: () throws(RuleError) -> T) throws(RPCError) -> T {
    do { return try body() } catch { throw RPCError.invalidParams(field: error.field, reason: error.reason) }
  }
}
