import JSON
import Rules

/// The privacy officer's morning list (`requests.due`): requests still owed an answer that are
/// overdue or due within a number of days, soonest first. Due means the effective legal due date
/// (the extended one after an extension, AVG art. 12(3)) in Amsterdam dates; overdue means `on`
/// is after it.
public enum DueList {
  /// One line of the list.
  public struct Entry: Sendable {
    /// The record.
    public let record: RequestRecord
    /// The effective due date.
    public let dueOn: CivilDate
    /// Days from `on` to `dueOn`; negative when overdue.
    public let daysLeft: Int

    /// As JSON: the facts needed to act, without the request's contents.
    public var json: JSONValue {
      var o: JSONObject = [
        "id": .string(record.id), "type": .optional(record.type?.rawValue), "status": .optional(record.status?.rawValue),
        "studentId": .optional(record.studentID), "dueOn": .string(dueOn.description), "daysLeft": .int(daysLeft),
        "overdue": .bool(daysLeft < 0), "extended": .bool(record.extendedDueOn != nil),
      ]
      if let school = record.school { o["school"] = .string(school) }
      return .object(o)
    }
  }

  /// The pending requests in `records` due within `within` days of `on` or overdue, sorted by
  /// due date, then id.
  public static func entries(_ records: [JSONObject], on: CivilDate, within: Int) -> [Entry] {
    records.compactMap { json -> Entry? in
      let r = RequestRecord(json)
      guard r.status?.isPending == true, let due = r.effectiveDueOn, let left = r.daysLeft(on: on), left <= within
      else { return nil }
      return Entry(record: r, dueOn: due, daysLeft: left)
    }
    .sorted { ($0.dueOn, $0.record.id) < ($1.dueOn, $1.record.id) }
  }
}
