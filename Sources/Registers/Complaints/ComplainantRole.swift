/// Who a party to a complaint is at school, the only personal detail the annual report counts by
/// (rules.md §7: the annual report to the bevoegd gezag is aggregated).
public enum ComplainantRole: String, Sendable, CaseIterable {
  /// A student.
  case student
  /// A parent or legal representative.
  case parent
  /// A staff member.
  case staff
  /// Anyone else (volunteer, intern, visitor).
  case other
}
