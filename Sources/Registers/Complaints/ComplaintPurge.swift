import JSON
import Rules

/// Retention for the counsellor's dossiers (rules.md §7–8: keep only while there is a purpose;
/// default closure + 2 years [!]; AVG art. 5(1)(e)). A dossier whose `retainUntil` has passed is
/// removed from the register; only a minimal accountability line stays (art. 5(2)): its id, the
/// closing and purge dates and the rule, never a name or a description.
public enum ComplaintPurge {
  /// One removal per closed dossier whose `retainUntil` is before `on`, in register order.
  public static func changes(in register: Register, on: CivilDate) -> [RegisterChange] {
    register.all { ComplaintRecord($0).isExpired(on: on) }.map { json in
      let r = ComplaintRecord(json)
      let closed = r.closedAt.map { Amsterdam.date(of: $0).description } ?? "?"
      let rule = json["retentionRule"]?.stringValue ?? Complaints.retentionRule(years: Complaints.defaultRetentionYears)
      let change: JSONObject = [
        "id": .string(r.id), "closedOn": .string(closed), "retainUntil": json["retainUntil"] ?? .null, "purgedOn": .string(on.description),
        "rule": .string(rule),
        "note": .string("complaint \(r.id) closed on \(closed), purged on \(on) under retention rule \(rule)"),
      ]
      return RegisterChange(removing: r.id, type: "\(Complaints.name).purged", change: change)
    }
  }

  /// The accountability line of a removal as the result lists it: `{id, closedOn, retainUntil, purgedOn, rule, note}`.
  public static func json(_ change: RegisterChange) -> JSONValue { .object(change.change) }
}
