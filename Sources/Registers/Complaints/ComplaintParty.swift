import JSON

/// A complainant or accused person: a name and a role, nothing more (rules.md §7: the dossier
/// holds the parties' personal data, and only what the complaint needs, AVG art. 5(1)(c)).
public struct ComplaintParty: Sendable, Equatable {
  /// The person's name.
  public var name: String
  /// Their role at school.
  public var role: ComplainantRole

  /// A party.
  public init(name: String, role: ComplainantRole) {
    self.name = name
    self.role = role
  }

  /// `{name, role}`, the name checked non-empty (`field.name`).
  func json(field: String) throws(RegisterError) -> JSONValue {
    ["name": .string(try requiredText(name, field: "\(field).name")), "role": .string(role.rawValue)]
  }
}
