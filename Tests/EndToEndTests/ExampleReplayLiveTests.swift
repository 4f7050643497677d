import Foundation
import JSON
import Testing

/// Every example pairing in Protocol/openrpc.json, replayed in document order against the real
/// binary over its socket, on a fresh store with "now" pinned (Protocol/README.md, "Example pairings").
@Suite struct ExampleReplayLiveTests {
  @Test func everyExampleHoldsAgainstTheBinary() throws {
    let text = try String(
      contentsOf: Binaries.packageRoot.appendingPathComponent("Protocol/openrpc.json"), encoding: .utf8)
    let doc = try JSONParser.parse(text)
    let dir = Binaries.temporaryDirectory()
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    let client = try server.connect()
    var replayed = 0
    for method in doc["methods"]?.arrayValue ?? [] {
      let name = method["name"]?.stringValue ?? ""
      for ex in method["examples"]?.arrayValue ?? [] {
        var params = JSONObject()
        for p in ex["params"]?.arrayValue ?? [] { params[p["name"]?.stringValue ?? ""] = p["value"] }
        let request: JSONValue = ["jsonrpc": "2.0", "method": .string(name), "params": .object(params), "id": .int(replayed)]
        client.send(JSONWriter.bytes(request) + [0x0A])
        let reply = try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
        var expected = ex["result"]?["value"] ?? .null
        if case .object(var o) = expected {
          for v in method["x-volatile"]?.arrayValue ?? [] { o[v.stringValue ?? ""] = nil }
          expected = .object(o)
        }
        let got = reply["result"]
        #expect(got != nil, "\(name) / \(ex["name"] ?? .null): error \(reply["error"] ?? .null)")
        if let got {
          #expect(Self.contains(got, expected),
            "\(name) / \(ex["name"] ?? .null): expected \(JSONWriter.string(expected)), got \(JSONWriter.string(got))")
        }
        replayed += 1
      }
    }
    #expect(replayed >= (doc["methods"]?.arrayValue?.count ?? 0))
    client.close()
    #expect(server.terminate() == 0)
  }

  /// True when `got` has every member of `want` with the same value (objects: subset; arrays and
  /// scalars: equal, elementwise by the same rule).
  static func contains(_ got: JSONValue, _ want: JSONValue) -> Bool {
    switch (got, want) {
    case (.object(let g), .object(let w)):
      return w.allSatisfy { m in g[m.key].map { contains($0, m.value) } ?? false }
    case (.array(let g), .array(let w)):
      return g.count == w.count && zip(g, w).allSatisfy { contains($0, $1) }
    default:
      return got == want
    }
  }
}
