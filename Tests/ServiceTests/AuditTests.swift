import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Reads of personal data leave audit events (AVG art. 5(2)); audit.list finds them; store methods.
@Suite struct AuditTests {
  let service: AvgdService
  let fg = Peer(kind: .socket, uid: 1000, gid: 1000, pid: 7, userName: "fg")
  let boss = Peer(kind: .socket, uid: 1002, gid: 1002, pid: 8, userName: "directie")

  init() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    let config = try RolesConfig.parse(
      Array(#"{"version":1,"users":{"fg":["privacyOfficer"],"directie":["management"]}}"#.utf8), file: "t")
    c.access = AccessPolicy(config: config)
    service = try AvgdService(configuration: c)
  }

  func ok(_ method: String, _ params: JSONObject, as peer: Peer) throws -> JSONValue {
    try service.server.call(method, params: params, peer: peer).get()
  }

  @Test func everyPersonalDataReadLeavesAnAuditEvent() throws {
    for k in 0..<2 {
      _ = try ok("breaches.register", ["kind": "dataBreach", "summary": .string("list \(k) mailed to the wrong parent"),
        "awareAt": "2026-11-28T09:00:00+01:00"], as: fg)
    }
    #expect(try ok("audit.list", [:], as: fg)["total"] == 0, "writes are not reads")
    _ = try ok("breaches.get", ["id": "D-2026-0001"], as: boss)
    _ = try ok("breaches.history", ["id": "D-2026-0002"], as: boss)
    _ = try ok("breaches.list", ["limit": 1], as: boss)
    _ = try ok("breaches.export", ["format": "csv"], as: fg)
    _ = try ok("breaches.due", [:], as: fg)
    _ = try ok("rights.resolve", ["birthDate": "2010-03-15"], as: fg)
    let all = try ok("audit.list", [:], as: fg)
    let items = all["items"]?.arrayValue ?? []
    #expect(items.map { $0["method"]?.stringValue ?? "" }
      == ["breaches.get", "breaches.history", "breaches.list", "breaches.export", "breaches.due"])
    #expect(items[0]["actor"] == "directie" && items[0]["uid"] == 1002 && items[0]["recordIds"] == ["D-2026-0001"])
    #expect(items[0]["at"] == "2026-11-29T10:00:00+01:00")
    #expect(items[2]["recordIds"] == ["D-2026-0001"], "list audits the page it returned")
    #expect(items[3]["recordIds"] == ["D-2026-0001", "D-2026-0002"])
    #expect(try ok("audit.list", ["recordId": "D-2026-0002"], as: fg)["total"] == 3)
    #expect(try ok("audit.list", ["actor": "directie"], as: fg)["total"] == 3)
    #expect(try ok("audit.list", ["from": "2026-11-30"], as: fg)["total"] == 0)
    let page = try ok("audit.list", ["limit": 2], as: fg)
    let next = try ok("audit.list", ["limit": 2, "cursor": page["nextCursor"] ?? .null], as: fg)
    #expect(next["items"]?.arrayValue?.first?["method"] == "breaches.list")
  }

  @Test func onlyThePrivacyOfficerReadsTheAuditTrailAndTheStore() {
    for m in ["audit.list", "store.info", "store.verify"] {
      guard case .failure(let e) = service.server.call(m, params: [:], peer: boss) else {
        Issue.record("\(m) allowed for management")
        continue
      }
      #expect(e.code == .forbidden)
    }
  }

  @Test func storeMethodsOnAMemoryService() throws {
    #expect(try ok("store.verify", [:], as: fg)["ok"] == true)
    #expect(try ok("store.info", [:], as: fg)["kind"] == "memory")
    guard case .failure(let e) = service.server.call("store.backup", params: ["destination": "/tmp/x"], peer: fg) else {
      Issue.record("a memory service made a backup")
      return
    }
    #expect(e.code == .storeFailure)
  }
}
