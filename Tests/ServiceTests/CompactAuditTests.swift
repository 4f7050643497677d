import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// Issue 13 §3: an audited read costs the same journal bytes whatever it returns, and
/// `audit.list {recordId}` still answers exactly who read a record, also after updates, purges,
/// snapshots and restarts (Protocol/access.md, "Audit of reads").
@Suite struct CompactAuditTests {
  /// Two stores run the same calls: one describes answers of more than 2 records compactly, the
  /// other names every id (the old audit). After each round, "who read X" must agree for every X.
  @Test(arguments: [1, 2, 3]) func compactAuditAnswersLikeTheExplicitOne(seed: UInt64) throws {
    let compact = try Store(idsUpTo: 2)
    let explicit = try Store(idsUpTo: Int.max)
    defer { compact.close(); explicit.close() }
    var g = SplitMix(seed: seed)
    var ids: [String] = []
    var purged = 0
    for step in 0..<160 {
      let op = g.next(12)
      let status: JSONValue = .string(["open", "withdrawn", "responded"][g.next(3)])
      var calls: [(String, JSONObject)] = []
      switch op {
      case 0, 1:
        calls.append(("requests.open", Self.open(old: true)))
      case 2:
        calls.append(("requests.open", Self.open(old: false)))
      case 3 where !ids.isEmpty: calls.append(("requests.get", ["id": .string(ids[g.next(ids.count)])]))
      case 4 where !ids.isEmpty: calls.append(("requests.history", ["id": .string(ids[g.next(ids.count)])]))
      case 5: calls.append(("requests.list", ["limit": .int(1 + g.next(4))]))
      case 6, 7: calls.append(("requests.export", ["format": g.next(2) == 0 ? "csv" : "json"]))
      case 8 where !ids.isEmpty:
        calls.append(("requests.withdraw", ["id": .string(ids[g.next(ids.count)]), "at": "2026-11-28T10:00:00+01:00"]))
      // Filtered reads (issue 13 §3): judged later on each record as it was when read.
      case 9: calls.append(("requests.export", ["format": "json", "status": status]))
      case 10: calls.append(("requests.list", ["status": status, "limit": .int(1 + g.next(4))]))
      default:
        if g.next(2) == 0 { calls.append(("retention.purge", [:])) } else { try compact.restart(); try explicit.restart() }
      }
      for (method, params) in calls {
        let a = compact.call(method, params)
        let b = explicit.call(method, params)
        #expect(a == b, "step \(step): \(method) answers differently")
        if method == "requests.open", let id = a?["id"]?.stringValue {
          ids.append(id)
          if id.hasPrefix("R-2021-") {
            for (m, p) in Self.close(id) { _ = compact.call(m, p); _ = explicit.call(m, p) }
          }
        }
        if method == "retention.purge" { purged += a?["registers"]?["requests"]?["count"]?.intValue ?? 0 }
      }
      if step % 40 == 39 || step == 159 {
        for id in ids {
          let x = compact.readers(of: id, limit: 1000)
          let y = explicit.readers(of: id, limit: 1000)
          #expect(x == y, "step \(step): who read \(id): compact \(x), explicit \(y)")
          #expect(compact.readers(of: id, limit: 3) == x, "paging \(id)")
        }
      }
    }
    #expect(purged > 0, "the run purged records")
    #expect(compact.describedEvents() > 0 && explicit.describedEvents() == 0, "both forms were exercised")
    #expect(compact.describedEvents(filtered: true) > 0, "filtered answers were described")
  }

  /// An export of N records adds the same journal bytes for N = 150 and N = 600.
  @Test func anExportAddsAJournalLineWhoseSizeDoesNotDependOnItsSize() throws {
    let store = try Store(idsUpTo: 100)
    defer { store.close() }
    var added: [Int] = []
    for n in [150, 600] {
      while try store.service.ledger.read("requests", { r throws(RPCError) in r.count }) < n {
        _ = store.call("requests.open", Self.open(old: false))
      }
      let before = store.bytes()
      #expect(store.call("requests.export", ["format": "csv"])?["count"] == .int(n))
      added.append(store.bytes() - before)
    }
    #expect(added[0] == added[1] && added[0] > 0 && added[0] < 600, "journal bytes per export: \(added)")
    #expect(store.readers(of: "R-2026-0001", limit: 10).count == 2 && store.readers(of: "R-2026-0600", limit: 10).count == 1)
  }

  // MARK: support

  static func open(old: Bool) -> JSONObject {
    [
      "type": "access", "student": ["id": "S-9", "birthDate": "2007-05-01"],
      "requester": ["relationship": "parent", "name": "Ouder Test"], "receivedOn": old ? "2021-01-04" : "2026-11-02",
    ]
  }

  /// Decided and answered in January 2021: kept until 2026-01-21, so purged on 2026-11-29.
  static func close(_ id: String) -> [(String, JSONObject)] {
    [
      ("requests.decide", ["id": .string(id), "decision": "granted", "decidedBy": ["name": "A. Rector", "role": "director"],
        "decidedAt": "2021-01-20T10:00:00+01:00"]),
      ("requests.respond", ["id": .string(id), "respondedAt": "2021-01-21T10:00:00+01:00", "channel": "letter"]),
    ]
  }

  /// A service on its own store directory that can be restarted.
  final class Store {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-audit-\(UUID().uuidString)").path
    let configuration: ServiceConfiguration
    var service: AvgdService

    init(idsUpTo: Int) throws {
      var c = ServiceConfiguration()
      c.fixedNow = "2026-11-29T10:00:00+01:00"
      c.storeDirectory = dir
      c.storeOptions.fsync = false
      c.storeOptions.snapshotEvery = 1_000_000
      c.auditIdsUpTo = idsUpTo
      configuration = c
      service = try AvgdService(configuration: c)
    }

    func restart() throws {
      service.shutdown()
      service = try AvgdService(configuration: configuration)
    }

    func close() {
      service.shutdown()
      try? FileManager.default.removeItem(atPath: dir)
    }

    func call(_ method: String, _ params: JSONObject) -> JSONValue? {
      try? service.server.call(method, params: params, peer: testPeer).get()
    }

    /// The audit events that returned `id`, paged by `limit`.
    func readers(of id: String, limit: Int) -> [String] {
      var out: [String] = []
      var cursor: JSONValue = .null
      repeat {
        var p: JSONObject = ["recordId": .string(id), "limit": .int(limit)]
        if cursor != .null { p["cursor"] = cursor }
        guard let page = call("audit.list", p) else { return ["failed"] }
        out += (page["items"]?.arrayValue ?? []).map { "\($0["id"]?.stringValue ?? "") \($0["method"]?.stringValue ?? "")" }
        cursor = page["nextCursor"] ?? .null
      } while cursor != .null
      return out
    }

    func describedEvents(filtered: Bool = false) -> Int {
      (try? service.ledger.read(ReadAudit.register) { r throws(RPCError) in
        r.all(where: { $0["answer"] != nil && (!filtered || $0["answer"]?["filter"] != nil) }).count
      }) ?? -1
    }

    /// The bytes of the store's files.
    func bytes() -> Int {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      return names.reduce(0) { sum, name in
        sum + ((try? FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.size] as? Int) ?? 0)
      }
    }
  }

  /// A small deterministic generator (SplitMix64).
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }
}
