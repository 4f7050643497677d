import Wording

/// The descriptor of the staff-instruction register (duties.md §6; issue 15 §5), kept with its commands.
/// The record name is the catalogue's English one: it names the record in JSON-RPC's English
/// `message` ("Staff member MW-0009 not found").
extension RegisterKind {
  /// Staff members (opaque ids, roles, schools) and the instructions they had (AVG art. 32(4), 39(1)(b)).
  public static let staff = RegisterKind(
    name: Staff.name, idPrefix: Staff.idPrefix, recordName: Texts.Staff.staffMember, lifecycle: StaffMachine.table, school: .list("schools"))
}
