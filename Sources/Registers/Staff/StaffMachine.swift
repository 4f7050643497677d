/// The staff lifecycle (Protocol/staff.md): while active a staff member can be registered again
/// (roles, schools) and instructed; `leave` ends it. A returning staff member is registered anew
/// under a new id, so the old record's history stays as it was.
public enum StaffMachine {
  /// `status → action → next status`.
  public static let lifecycle = Lifecycle<StaffStatus>(
    initial: .active, [.active: ["register": .active, "instruct": .active, "leave": .left, "correct": .active], .left: ["correct": .left]])

  /// The table with wire values.
  public static let table = lifecycle.erased
}
