import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Every example of every method, replayed in catalog order in process on a fresh service with
/// the pinned clock: the same rule as the live replay of Protocol/openrpc.json.
@Suite struct RequestsExamplesTests {
  @Test func everyExampleHoldsInProcess() throws {
    let s = try InProcess()
    var replayed = 0
    for d in s.service.server.table.declarations where d.name != "rpc.discover" {
      for ex in d.examples {
        var want = ex.result
        if case .object(var o) = want {
          for v in d.volatileResultMembers { o[v] = nil }
          want = .object(o)
        }
        switch s.call(d.name, ex.params) {
        case .success(let got):
          #expect(Self.contains(got, want), "\(d.name) / \(ex.name): got \(JSONWriter.string(got))")
        case .failure(let e):
          Issue.record("\(d.name) / \(ex.name): \(e)")
        }
        replayed += 1
      }
    }
    #expect(replayed >= 16)
  }

  static func contains(_ got: JSONValue, _ want: JSONValue) -> Bool {
    switch (got, want) {
    case (.object(let g), .object(let w)): return w.allSatisfy { m in g[m.key].map { contains($0, m.value) } ?? false }
    case (.array(let g), .array(let w)): return g.count == w.count && zip(g, w).allSatisfy { contains($0, $1) }
    default: return got == want
    }
  }
}
