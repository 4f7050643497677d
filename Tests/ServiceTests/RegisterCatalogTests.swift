import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// The register descriptors as the service opens them (issue 13): names and id prefixes are unique
/// (an id names its register), and every action a lifecycle allows is a published method, so an
/// action misspelt in a table (which the compiler cannot see: actions are verbs, not cases) fails here.
@Suite(.inEnglish) struct RegisterCatalogTests {
  /// Actions whose method does not carry the register's own prefix.
  static let methodOfAction: [String: String] = [
    "consents.withdraw": "sharing.withdrawConsent", "imageConsents.withdraw": "publications.withdraw",
  ]

  @Test func namesAndIdPrefixesAreUnique() {
    let kinds = RegisterCatalog.kinds
    #expect(Set(kinds.map(\.name)).count == kinds.count)
    #expect(Set(kinds.map(\.idPrefix)).count == kinds.count)
    for k in kinds { #expect(RegisterCatalog.kind(named: k.name)?.idPrefix == k.idPrefix) }
    #expect(RegisterCatalog.kind(named: "nope") == nil)
  }

  @Test func everyLifecycleActionIsAPublishedMethod() throws {
    let service = try AvgdService(configuration: ServiceConfiguration(), recordExamples: false)
    let methods = Set(service.server.table.declarations.map(\.name))
    for kind in RegisterCatalog.kinds {
      guard let machine = kind.lifecycle else { continue }
      let actions = Set(machine.transitions.values.flatMap(\.keys))
      #expect(!actions.isEmpty, "\(kind.name) has a lifecycle without actions")
      for a in actions {
        let key = "\(kind.name).\(a)"
        let method = Self.methodOfAction[key] ?? key
        #expect(methods.contains(method), "\(key): no method \(method)")
      }
    }
  }

  @Test func notFoundNamesTheRecordFromItsDescriptor() {
    #expect(RegisterError.recordName("requests") == "Request")
    #expect(RegisterError.recordName("complaints") == "Complaint dossier")
    #expect(RegisterError.recordName("unknown") == "Record")
  }
}
