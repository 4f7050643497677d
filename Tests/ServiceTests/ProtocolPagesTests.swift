import Foundation
import Service
import Testing

/// Every published method is named on a page of Protocol/ besides the generated permissions table,
/// so a reader who starts from the pages finds each method with the rules behind it.
@Suite struct ProtocolPagesTests {
  @Test func everyMethodIsNamedOnAProtocolPage() throws {
    let dir = OpenRPCAgreementTests.root.appendingPathComponent("Protocol")
    let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".md") && $0 != "permissions.md" }
      .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    #expect(pages.count > 10)
    let unnamed = try OpenRPCAgreementTests.service().server.table.declarations.map(\.name)
      .filter { name in !pages.contains { $0.contains("`\(name)`") } }
    #expect(unnamed.isEmpty, "methods named on no Protocol/*.md page (in backticks): \(unnamed)")
  }
}
