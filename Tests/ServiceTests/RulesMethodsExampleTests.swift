import JSON
import JSONRPC
import Testing

@testable import Service

/// Every example pairing of the rules methods is executed: each member the example lists must
/// be in the real result with that value, and the whole result must match the declared schema.
@Suite struct RulesMethodsExampleTests {
  @Test(arguments: rulesMethods)
  func examplesHold(method: String) throws {
    let service = try makeService()
    let decl = try #require(service.server.table[method])
    #expect(!decl.examples.isEmpty)
    #expect(decl.roles == Role.anyone.names)
    #expect(decl.errors.contains { $0.code == .invalidParams })
    for example in decl.examples {
      let result = call(service, method, example.params)
      let actual = try #require(result.objectValue, "\(method) / \(example.name)")
      for member in try #require(example.result.objectValue) {
        #expect(actual[member.key] == member.value, "\(method) / \(example.name): \(member.key)")
      }
      #expect(throws: Never.self) { try SchemaValidator.validate(result, against: decl.result.schema, path: "result") }
    }
  }

  @Test func methodsArePublishedInOpenRPC() throws {
    let service = try makeService()
    let names = service.openRPC["methods"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
    for m in rulesMethods { #expect(names.contains(m)) }
  }
}
