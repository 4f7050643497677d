import JSON

/// One thing that needs attention now (issue 17 §2), with how urgent it is.
struct StatusItem: Sendable {
  /// How urgent an item is; the overview sorts by it.
  enum Urgency: String, Sendable, CaseIterable {
    /// A legal deadline has passed.
    case overdue
    /// A legal deadline is close (within days, or within the 72 hours of a breach).
    case dueSoon
    /// Something to check or fix, without a deadline today.
    case check
  }

  /// The register the item comes from.
  let register: String
  /// The record's id.
  let id: String
  /// How urgent.
  let urgency: Urgency
  /// What to do, in the reader's language.
  let title: String
  /// The deadline (date or instant), when there is one.
  var due: String? = nil
  /// The record's own short description (a breach summary), shown escaped.
  var summary: String? = nil

  /// `{register, id, urgency, title, due?, summary?}`.
  var json: JSONValue {
    var o: JSONObject = ["register": .string(register), "id": .string(id), "urgency": .string(urgency.rawValue), "title": .string(title)]
    if let due { o["due"] = .string(due) }
    if let summary { o["summary"] = .string(summary) }
    return .object(o)
  }
}
