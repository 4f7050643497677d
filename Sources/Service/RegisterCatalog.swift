import Registers

/// The registers avgd keeps, by their descriptors (`RegisterKind`, Sources/Registers/Kind).
/// Adding a register is its descriptor, one line here, and its commands and methods.
enum RegisterCatalog {
  /// Every register's descriptor, in the order snapshots list them.
  static let kinds: [RegisterKind] = [
    .requests, .breaches, .affected, .processors, .sharing, .consents, .sharingAssessments, .complaints, .audit,
    .imageConsents, .publications, .staff, .processing, .information, .informationSettings,
  ]

  /// An empty register of every kind.
  static var all: [Register] { kinds.map { Register(kind: $0) } }

  /// The descriptor named `name` (event types and errors carry the name), nil for none.
  static func kind(named name: String) -> RegisterKind? { kinds.first { $0.name == name } }
}
