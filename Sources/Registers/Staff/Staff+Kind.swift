/// The descriptor of the staff-instruction register (duties.md §6; issue 15 §5), kept with its commands.
extension RegisterKind {
  /// Staff members (opaque ids, roles, schools) and the instructions they had (AVG art. 32(4), 39(1)(b)).
  public static let staff = RegisterKind(
    name: Staff.name, idPrefix: Staff.idPrefix, recordName: "Staff member", lifecycle: StaffMachine.table, school: .list("schools"))
}
