import JSON
import Rules

/// Retention for the counsellor's dossiers (rules.md §7–8: keep only while there is a purpose;
/// default closure + 2 years [!]; AVG art. 5(1)(e)). A dossier whose `retainUntil` has passed is
/// removed from the register; only a minimal accountability line stays (art. 5(2)): its id, the
/// closing and purge dates and the rule, never a name or a description.
public enum ComplaintPurge {
  /// One removal per closed dossier whose `retainUntil` is before `on`, in register order.
  public static func changes(in register: Register, on: CivilDate) -> [RegisterChange] {
    let expired = RetentionPurge.changes(
      in: register, on: on,
      defaultRule: Complaints.retentionRule(years: Complaints.defaultRetentionYears))
    // A dossier expires only once closed (its retainUntil is set at closing).
    return expired.filter { change in register[change.id].map { ComplaintRecord($0).isExpired(on: on) } ?? false }
  }

  /// The accountability line of a removal as the result lists it: `{id, closedOn, retainUntil, purgedOn, rule, note}`.
  public static func json(_ change: RegisterChange) -> JSONValue { .object(change.change) }
}
