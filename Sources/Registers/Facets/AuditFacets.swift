import JSON
import Rules

/// The facets of the audit trail of reads (the `audit` register the service writes, AVG art.
/// 5(2)): who read, on which Amsterdam day, every record id the read returned, and for a large
/// answer described compactly the register it was taken from (`answered`), so `audit.list` answers
/// "who has seen this pupil's file?" from the events that name the file plus the few compact events
/// of its register, without reading the whole trail.
public enum AuditFacets {
  /// The register's name.
  public static let register = "audit"
  /// Facet names.
  public static let actor = "actor", day = "day", recordIds = "recordIds", answered = "answered"

  /// The facets. `at` is written in Amsterdam time, so its first ten characters are the
  /// Amsterdam date; `day` holds them as a number (YYYYMMDD) for `from`/`to`.
  public static let facets = RegisterFacets(
    [actor, day, answered], many: [recordIds],
    values: { json in
      [
        .text(json["actor"]?.stringValue), .number(dayNumber(json["at"]?.stringValue)),
        .text(json["answer"]?["register"]?.stringValue),
      ]
    },
    manyValues: { json in [(json["recordIds"]?.arrayValue ?? []).compactMap(\.stringValue)] })

  /// A date as the number YYYYMMDD, the form of `day` (`audit.list`'s `from` and `to`).
  public static func dayNumber(_ date: CivilDate) -> Int64 { Int64(date.year * 10_000 + date.month * 100 + date.day) }

  /// `YYYY-MM-DD…` as the number YYYYMMDD (ordered like the dates); nil when it does not start so.
  public static func dayNumber(_ text: String?) -> Int64? {
    guard let text else { return nil }
    let u = Array(text.utf8.prefix(10))
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
    var n: Int64 = 0
    for (k, c) in u.enumerated() where k != 4 && k != 7 {
      guard c >= 0x30 && c <= 0x39 else { return nil }
      n = n * 10 + Int64(c - 0x30)
    }
    return n
  }
}
