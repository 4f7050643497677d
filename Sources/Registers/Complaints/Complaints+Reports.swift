import JSON
import Rules

/// The conversation with `with` in a report (rules.md §7: the VP registers every conversation
/// with the complainant or the accused).
public enum ConversationParty: String, Sendable, CaseIterable {
  /// The complainant.
  case complainant
  /// The accused.
  case accused
  /// Both together.
  case both
  /// Someone else (a witness, a parent, the board).
  case other
}

extension Complaints {
  /// Adds a conversation report (rules.md §7). Only complaint-related facts belong in `summary`
  /// (S&V); avgd cannot judge that, the counsellor does.
  public static func addReport(id: String, at: Instant, summary: String, with: ConversationParty?, in register: Register)
    throws(RegisterError) -> RegisterChange
  {
    let before = try existing(id, in: register)
    _ = try ComplaintMachine.table.next(after: "addReport", from: before.status)
    try notBeforeOpened(at, before, field: "at")
    var entry: JSONObject = ["at": .string(Amsterdam.format(at)), "summary": .string(try requiredText(summary, field: "summary"))]
    if let with { entry["with"] = .string(with.rawValue) }
    var record = before.json
    record["reports"] = .array((record["reports"]?.arrayValue ?? []) + [.object(entry)])
    return try change("addReport", event: "reportAdded", before, record, ["at": entry["at"] ?? .null])
  }

  /// Closes the dossier with its outcome. `retainUntil` = closing date (Amsterdam) + `retentionYears`
  /// (rules.md §8: VP dossier closure + 2 years by default, configurable [!]).
  public static func close(
    id: String, closedAt: Instant, outcome: String, retentionYears: Int = defaultRetentionYears, in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try ComplaintMachine.table.next(after: "close", from: before.status)
    try notBeforeOpened(closedAt, before, field: "closedAt")
    let details: JSONObject = [
      "closedAt": .string(Amsterdam.format(closedAt)), "outcome": .string(try requiredText(outcome, field: "outcome")),
      "retainUntil": .string(Amsterdam.date(of: closedAt).addingMonthsClamped(12 * retentionYears).description),
      "retentionRule": .string(retentionRule(years: retentionYears)),
    ]
    var record = before.json
    for m in details { record[m.key] = m.value }
    return try change("close", event: "closed", before, record, ["closedAt": details["closedAt"] ?? .null])
  }
}
