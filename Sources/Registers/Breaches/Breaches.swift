import JSON
import Rules
import Wording

/// The breach register's commands (one file each): pure functions from the current `Register`
/// and a caller's input to the `RegisterChange` the ledger journals. AVG art. 33(5): every
/// breach is documented with its facts, effects and remedial action, so nothing is ever deleted
/// here, and the register keeps counts and categories, never the affected people's identities.
public enum Breaches {
  /// The register's name (and event-type prefix).
  public static let name = "breaches"
  /// The id prefix: `D-2026-0001` (D for datalek).
  public static let idPrefix = "D"

  /// An instant from the wire through the one reader (RFC 3339; no offset = Amsterdam wall time,
  /// refused at a DST gap or fold, since the Amsterdam date and the 72 hours of art. 33(1) depend on it).
  public static func instant(_ text: String, field: String) throws(RegisterError) -> Instant {
    do { return try FieldReader.instant(text, field: field) } catch { throw error.registerError }
  }

  /// A value from a closed set, refused with the allowed values listed (the one reader's wording).
  public static func choice<E: RawRepresentable & CaseIterable>(_ text: String, _ type: E.Type, field: String)
    throws(RegisterError) -> E where E.RawValue == String
  {
    do { return try FieldReader.choice(text, type, field: field) } catch { throw error.registerError }
  }

  /// How far an `awareAt` may lie after the service's "now" (clock skew between the caller's
  /// machine and the daemon): five minutes. Awareness later than that has not happened yet, and a
  /// future clock start would push the art. 33(1) deadline out.
  public static let futureTolerance: Int64 = 5 * 60

  /// Refuses an awareness moment more than `futureTolerance` seconds after `now` (-32602 on `field`).
  static func notInFuture(_ at: Instant, now: Instant, field: String) throws(RegisterError) {
    if at > now.adding(seconds: futureTolerance) {
      throw .invalid(field, Texts.Breaches.inFuture(Amsterdam.format(at), now: Amsterdam.format(now)).string)
    }
  }

  /// The record `id`, or 1001.
  static func existing(_ id: String, in register: Register) throws(RegisterError) -> BreachRecord {
    guard let r = register[id] else { throw .notFound(register: name, id: id) }
    return BreachRecord(r)
  }

  /// Refuses `at` before the moment of awareness (`field` names the param).
  static func notBeforeAware(_ at: Instant, _ record: BreachRecord, field: String) throws(RegisterError) {
    if let aware = record.awareAt, at < aware {
      throw .invalid(field, Texts.Breaches.beforeAware(Amsterdam.format(at), aware: Amsterdam.format(aware)).string)
    }
  }

  /// The change for `action` on `record`: status moved by the state machine, derived fields
  /// (deadline, what is required) recomputed.
  static func change(
    _ action: String, event: String, _ before: BreachRecord, _ after: JSONObject, _ details: JSONObject
  ) throws(RegisterError) -> RegisterChange {
    var record = after
    record["status"] = .string(try BreachMachine.next(after: action, record: before))
    return RegisterChange(
      type: "\(name).\(event)", id: before.id, record: BreachRecord.derive(record), change: details)
  }
}
