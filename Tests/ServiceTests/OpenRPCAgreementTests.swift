import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The committed Protocol/openrpc.json, `rpc.discover` and the method table are one thing.
@Suite struct OpenRPCAgreementTests {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static func service() throws -> AvgdService {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    return try AvgdService(configuration: c)
  }

  @Test func committedDocumentEqualsTheGeneratedOne() throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent("Protocol/openrpc.json"), encoding: .utf8)
    let committed = try JSONParser.parse(text)
    let generated = try Self.service().openRPC
    #expect(committed == generated, "Protocol/openrpc.json is stale: run ./run.sh openrpc")
  }

  @Test func everyDeclaredExampleHolds() throws {
    let s = try Self.service()
    #expect(s.exampleProblems.isEmpty, "\(s.exampleProblems.joined(separator: "\n"))")
  }

  @Test func discoverServesTheDocumentAndListsEveryMethod() throws {
    let s = try Self.service()
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: nil)
    let doc = try s.server.call("rpc.discover", params: [:], peer: peer).get()
    #expect(doc == s.openRPC)
    let names = doc["methods"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
    #expect(names == s.server.table.declarations.map(\.name))
    #expect(Set(names).count == names.count)
    for m in doc["methods"]?.arrayValue ?? [] {
      #expect((m["examples"]?.arrayValue?.count ?? 0) >= 1, "\(m["name"] ?? .null) has no example")
      #expect((m["x-roles"]?.arrayValue?.count ?? 0) > 0, "\(m["name"] ?? .null) has no roles")
    }
  }
}
