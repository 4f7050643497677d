/// The roles a caller can have. Permissions are declared per method (`roles` in each declaration,
/// published as `x-roles`); the access-control configuration maps Unix users and groups to roles.
public enum Role: String, Sendable, CaseIterable {
  /// The privacy officer (FG, AVG art. 37–39): everything except complaint contents.
  case privacyOfficer
  /// The student administration's integration: open requests, register breaches, record sharing,
  /// rights questions.
  case administration
  /// School management: reads registers and annual reports, never complaint contents.
  case management
  /// The confidential counsellor (vertrouwenspersoon): complaints, and nothing else private.
  case confidentialCounsellor
  /// Editor plugins and other tools that ask rights and deadline questions only.
  case rightsQuery

  /// Everyone who may ask rights and deadline questions (these return no personal data).
  public static let anyone: [Role] = allCases
  /// Roles that may read the registers (not complaints).
  public static let registerReaders: [Role] = [.privacyOfficer, .management]
  /// The privacy officer alone: the audit trail and the store (AVG art. 5(2), 32, 38–39).
  public static let privacyOfficerOnly: [Role] = [.privacyOfficer]
  /// Roles that may write requests, breaches and sharing.
  public static let registerWriters: [Role] = [.privacyOfficer, .administration]
}

extension Array where Element == Role {
  /// The role names for a method declaration.
  var names: [String] { map(\.rawValue) }
}
