import Registers

/// The registers avgd keeps, each a `Register` (Sources/Registers) with its id prefix.
/// Adding a register is one line here plus its commands and methods.
enum RegisterCatalog {
  static var all: [Register] {
    [
      Register(name: "requests", idPrefix: "R"),
      Register(name: "breaches", idPrefix: "D"),
      Register(name: AffectedList.name, idPrefix: "L"),
      Register(name: Processors.name, idPrefix: Processors.idPrefix),
      Register(name: Sharing.name, idPrefix: Sharing.idPrefix),
      Register(name: Consents.name, idPrefix: Consents.idPrefix),
      Register(name: SharingAssessments.name, idPrefix: SharingAssessments.idPrefix),
      Register(name: Complaints.name, idPrefix: Complaints.idPrefix),
      Register(name: ReadAudit.register, idPrefix: "A"),
    ]
  }
}
