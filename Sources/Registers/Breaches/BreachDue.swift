import JSON
import Rules

/// A data breach still waiting for its AP notification (art. 33(1)), with the time left or past.
public struct BreachDue: Sendable {
  /// The record.
  public let record: BreachRecord
  /// Seconds until `reportBy` (negative when overdue).
  public let secondsLeft: Int64

  /// Every record awaiting its AP report at `now` (required or not yet assessed), soonest first.
  /// Reads the register's index of awaiting breaches (no walk over every record) when it has one.
  public static func list(in register: Register, at now: Instant) -> [BreachDue] {
    let awaiting = register.indexed() ?? register.all { BreachRecord($0).awaitsAuthorityReport }
    return awaiting.compactMap { json in
      let r = BreachRecord(json)
      guard let by = r.reportBy else { return nil }
      return BreachDue(record: r, secondsLeft: by.secondsSinceEpoch - now.secondsSinceEpoch)
    }.sorted { $0.secondsLeft < $1.secondsLeft }
  }

  /// Hours with two decimals, rounded toward the deadline (never shows more time than there is).
  static func hours(_ seconds: Int64, roundUp: Bool) -> Double {
    let hundredths = Double(seconds) / 36
    return (roundUp ? hundredths.rounded(.up) : hundredths.rounded(.down)) / 100
  }

  /// `{id, kind, status, summary, school?, awareAt, reportBy, assessed, risk, hoursLeft | hoursOverdue}`.
  public var json: JSONValue {
    var o: JSONObject = [
      "id": .string(record.id), "kind": .string(record.kind?.rawValue ?? ""), "status": .string(record.status),
      "summary": record.json["summary"] ?? .null,
    ]
    if let s = record.school { o["school"] = .string(s) }
    o["awareAt"] = record.json["awareAt"] ?? .null
    o["reportBy"] = record.json["reportBy"] ?? .null
    o["assessed"] = .bool(record.risk != nil)
    o["risk"] = record.risk.map { .string($0.rawValue) } ?? .null
    o["overdue"] = .bool(secondsLeft < 0)
    if secondsLeft >= 0 {
      o["hoursLeft"] = .double(Self.hours(secondsLeft, roundUp: false))
    } else {
      o["hoursOverdue"] = .double(Self.hours(-secondsLeft, roundUp: true))
    }
    return .object(o)
  }
}
