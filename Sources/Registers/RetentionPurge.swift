import JSON
import Rules
import Wording

/// Retention, the same for every register (AVG art. 5(1)(e): kept no longer than necessary;
/// rules.md §8): a record whose `retainUntil` date has passed is removed, and one minimal
/// accountability line stays (art. 5(2)): "request R-2026-0012 closed on D, purged on P under
/// retention rule requests-5y" — its id, dates and rule, never a name or a description.
/// A record gets `retainUntil` (and `retentionRule`) when it is closed; open records never expire.
public enum RetentionPurge {
  /// One removal per record of `register` whose `retainUntil` is before `on`, in register order.
  /// The register's record name (`RegisterKind.recordName`, in the call's language) names the record in the note; `defaultRule` is used when a record
  /// carries no `retentionRule`.
  public static func changes(in register: Register, on: CivilDate, defaultRule: String)
    -> [RegisterChange]
  {
    register.all { isExpired($0, on: on) }.compactMap { json in
      guard let id = json["id"]?.stringValue else { return nil }
      // No readable closedAt shows as "?" in the accountability line (visible, not dropped).
      let closed = (json["closedAt"]?.stringValue).flatMap { try? Instant.parse($0) }  // "?" below
        .map { Amsterdam.date(of: $0).description } ?? "?"
      let rule = json["retentionRule"]?.stringValue ?? defaultRule
      let change: JSONObject = [
        "id": .string(id), "closedOn": .string(closed), "retainUntil": json["retainUntil"] ?? .null,
        "purgedOn": .string(on.description), "rule": .string(rule),
        "note": .string(Texts.Registers.purged(register.kind.recordNameText, id, closed: closed, on: on.description, rule: rule).string),
      ]
      return RegisterChange(removing: id, type: "\(register.name).purged", change: change)
    }
  }

  /// True when `record` has a `retainUntil` date and `on` is after it.
  public static func isExpired(_ record: JSONObject, on: CivilDate) -> Bool {
    // retainUntil is written by `members` only (a date); none means open: never expires.
    guard let text = record["retainUntil"]?.stringValue, let until = try? CivilDate.parse(text) else { return false }  // open: kept
    return on > until
  }

  /// The `retainUntil` and `retentionRule` members for a record closed at `closedAt` and kept
  /// `years` after its closure in Europe/Amsterdam.
  public static func members(closedAt: Instant, years: Int, rule: String) -> [(String, JSONValue)] {
    [
      ("retainUntil", .string(Amsterdam.date(of: closedAt).addingMonthsClamped(12 * years).description)),
      ("retentionRule", .string(rule)),
    ]
  }
}
