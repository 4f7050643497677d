/// Whether a staff member is in service (D22: leavers drop out of the due list on their leave date).
public enum StaffStatus: String, RegisterStatus {
  /// In service from `activeFrom`.
  case active
  /// Left on `activeTo`: no longer due, no longer counted.
  case left
}
