import JSON

/// The confidential counsellor handling the dossier. Whether they are staff decides their duty to
/// inform the board of a possible sexual offence (the meldplicht, WPO art. 4a [U]; rules.md §7: "a
/// flag vp.is_staff drives the prompt"; decision 49).
public struct Counsellor: Sendable, Equatable {
  /// The counsellor's name.
  public var name: String
  /// True for an internal VP employed by the school; false for an external VP.
  public var isStaff: Bool

  /// A counsellor.
  public init(name: String, isStaff: Bool) {
    self.name = name
    self.isStaff = isStaff
  }

  /// `{name, isStaff}`.
  func json() throws(RegisterError) -> JSONValue {
    ["name": .string(try requiredText(name, field: "counsellor.name")), "isStaff": .bool(isStaff)]
  }
}
