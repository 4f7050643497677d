import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// Issue 13 §3 for filtered reads: a large filtered `export` or `list` page is audited by its
/// filter and journal position, not by its ids, and `audit.list {recordId}` still answers exactly,
/// judging each record as it was when it was read (Protocol/access.md, "Audit of reads").
@Suite struct FilteredAuditTests {
  typealias Store = CompactAuditTests.Store

  /// A filtered export of 100 matching records and one of 10,000 add journal lines of the same
  /// size, give or take the digits of their counts.
  @Test func aFilteredExportAddsTheSameBytesFor100And10000Records() throws {
    let store = try Store(idsUpTo: 10)
    defer { store.close() }
    for k in 0..<10_100 { _ = store.call("requests.open", Self.open(student: k < 100 ? "S-2" : "S-1")) }
    var added: [Int] = []
    for (student, n) in [("S-2", 100), ("S-1", 10_000)] {
      let before = store.bytes()
      let export = store.call("requests.export", ["format": "csv", "studentId": .string(student), "status": "open"])
      #expect(export?["count"] == .int(n))
      added.append(store.bytes() - before)
    }
    #expect(added[0] > 0 && added[0] < 700 && abs(added[1] - added[0]) <= 8, "journal bytes per filtered export: \(added)")
    let events = store.auditEvents()
    #expect(events.count == 2 && events.allSatisfy { $0["recordIds"] == [] && $0["answer"]?["filter"]?["studentId"] != nil })
    #expect(store.readers(of: "R-2026-0001", limit: 10).count == 1, "S-2's first request: the first export only")
    #expect(store.readers(of: "R-2026-0101", limit: 10).count == 1, "S-1's first request: the second export only")
  }

  /// Who read each record, asked of a store that describes filtered answers and of one that names
  /// every id, after reads whose records then change status, are created later, are purged, and
  /// after a snapshot and restart: the same, and as the reads returned them.
  @Test func whoReadARecordIsExactForFilteredReads() throws {
    let compact = try Store(idsUpTo: 1)
    let explicit = try Store(idsUpTo: Int.max)
    defer { compact.close(); explicit.close() }
    func both(_ method: String, _ params: JSONObject) -> JSONValue? {
      let a = compact.call(method, params)
      #expect(a == explicit.call(method, params), "\(method) answers alike")
      return a
    }
    let a = both("requests.open", Self.open(student: "S-1"))?["id"]?.stringValue ?? ""
    let b = both("requests.open", Self.open(student: "S-1"))?["id"]?.stringValue ?? ""
    let c = both("requests.open", Self.open(student: "S-1"))?["id"]?.stringValue ?? ""
    let e = both("requests.open", Self.open(student: "S-2"))?["id"]?.stringValue ?? ""
    // Two old requests of S-1, answered in 2021: purged on 2026-11-29.
    let g = both("requests.open", Self.open(student: "S-1", old: true))?["id"]?.stringValue ?? ""
    let h = both("requests.open", Self.open(student: "S-1", old: true))?["id"]?.stringValue ?? ""
    for id in [g, h] { for (m, p) in CompactAuditTests.close(id) { _ = both(m, p) } }
    _ = both("requests.withdraw", ["id": .string(c), "at": "2026-11-28T10:00:00+01:00"])  // withdrawn before the reads

    // Read 1: S-1's open requests (a, b). Read 2: S-1's answered requests (g, h). Read 3: a page of
    // S-1's requests of any status, two long (a, b), so c, g and h lie beyond it.
    #expect(both("requests.export", ["format": "json", "studentId": "S-1", "status": "open"])?["count"] == 2)
    #expect(both("requests.export", ["format": "csv", "studentId": "S-1", "status": "responded"])?["count"] == 2)
    #expect(both("requests.list", ["studentId": "S-1", "limit": 2])?["items"]?.arrayValue?.count == 2)
    let reads = compact.auditEvents()
    #expect(reads.count == 3 && reads.allSatisfy { $0["recordIds"] == [] && $0["answer"]?["filter"] != nil }, "\(reads)")
    #expect(reads.last?["answer"]?["createdFrom"] != nil, "the page's stretch is kept")

    // After the reads: a changes status, f is created matching the filter, g and h are purged.
    _ = both("requests.withdraw", ["id": .string(a), "at": "2026-11-28T11:00:00+01:00"])
    let f = both("requests.open", Self.open(student: "S-1"))?["id"]?.stringValue ?? ""
    #expect(both("retention.purge", [:])?["registers"]?["requests"]?["count"] == 2)

    let expected: [String: [Int]] = [a: [0, 2], b: [0, 2], c: [], e: [], f: [], g: [1], h: [1]]
    let readIDs = reads.map { $0["id"]?.stringValue ?? "" }
    func check(_ when: String) {
      for (id, which) in expected {
        // Only the three reads above (a purge's own answer may be audited too, in both stores).
        let found = compact.readers(of: id, limit: 1000).filter { readIDs.contains(String($0.split(separator: " ")[0])) }
        #expect(found == which.map { "\(readIDs[$0]) \(["requests.export", "requests.export", "requests.list"][$0])" }, "\(when): who read \(id)")
        #expect(found.map { String($0.split(separator: " ")[1]) } == explicit.readers(of: id, limit: 1000).map { String($0.split(separator: " ")[1]) },
          "\(when): \(id) as the explicit audit says")
      }
    }
    check("after the purge")
    try compact.restart()
    try explicit.restart()
    check("after a snapshot and restart")
  }

  /// A read filtered on `overdue` depends on its moment: it keeps naming its ids.
  @Test func aFilterOnOverdueKeepsItsIds() throws {
    let store = try Store(idsUpTo: 1)
    defer { store.close() }
    for _ in 0..<3 { _ = store.call("requests.open", Self.open(student: "S-1")) }
    #expect(store.call("requests.export", ["format": "csv", "overdue": false])?["count"] == 3)
    #expect(store.auditEvents().last?["recordIds"]?.arrayValue?.count == 3)
  }

  /// A filtered read whose audit is written after a removal of a record it returned (the removal
  /// slipped in between) names that record, so the removal line not knowing the event loses nothing.
  @Test func aRecordRemovedBeforeTheAuditIsNamed() throws {
    let store = try Store(idsUpTo: 1)
    defer { store.close() }
    var ids: [String] = []
    for _ in 0..<2 { ids.append(store.call("requests.open", Self.open(student: "S-1", old: true))?["id"]?.stringValue ?? "") }
    for id in ids { for (m, p) in CompactAuditTests.close(id) { _ = store.call(m, p) } }
    _ = store.call("requests.open", Self.open(student: "S-1"))
    // What the export's handler states, taken before the purge …
    let answer = try store.service.ledger.read("requests") { r throws(RPCError) in
      let selected = r.all(where: { $0["status"]?.stringValue == "responded" })
      return AuditMembership.described(selected, of: r, filter: AuditFilter(Params(["status": "responded"]), of: RequestsReads.reads), page: false)
    }
    #expect(store.call("retention.purge", [:])?["registers"]?["requests"]?["count"] == 2)
    // … and audited after it.
    try store.service.recordAudit(CallContext(peer: testPeer, id: nil, method: "requests.export"), answer)
    let event = store.auditEvents().last
    #expect(event?["recordIds"] == .array(ids.map { .string($0) }), "\(String(describing: event))")
    #expect(event?["answer"]?["returned"] == nil, "the returned ids are not journaled")
    let eventID = event?["id"]?.stringValue ?? "?"
    for id in ids { #expect(store.readers(of: id, limit: 10).contains { $0.hasPrefix(eventID + " ") }) }
  }

  /// Every register whose reads take filters is known to the audit, which runs its filter again.
  @Test func everyExportIsKnownToTheAudit() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    let service = try AvgdService(configuration: c)
    let exported = service.server.table.declarations.map(\.name).filter { $0.hasSuffix(".export") }.map { String($0.dropLast(7)) }
    #expect(exported.count >= 10)
    #expect(Set(exported).subtracting(AuditFilter.reads.keys).isEmpty, "exports the audit does not know")
    for (name, reads) in AuditFilter.reads { #expect(reads.register == name) }
  }

  /// A register filtered by a predicate on the record (staff) is judged by that same predicate.
  @Test func aRecordFilterIsRunOnTheRecordAsItWas() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    let service = try AvgdService(configuration: c)
    let staff = Register(kind: try #require(RegisterCatalog.kind(named: StaffReads.reads.register)))
    let filter = try #require(AuditFilter(Params(["status": "active", "role": "LERAAR", "limit": 5]), of: StaffReads.reads))
    #expect(filter.params == ["role": "LERAAR", "status": "active"], "only filter params, in name order")
    let test = try filter.test(for: staff, service)
    #expect(test(["status": "active", "roles": ["LERAAR"]]))
    #expect(!test(["status": "left", "roles": ["LERAAR"]]))
    #expect(!test(["status": "active", "roles": ["ZORG"]]))
    #expect(AuditFilter(Params(["limit": 5, "cursor": "MW-1"]), of: StaffReads.reads) == nil, "no filter params: no filter")
    #expect(AuditFilter(Params(["overdue": true]), of: RequestsReads.reads)?.repeatable == false)
  }

  // MARK: support

  static func open(student: String, old: Bool = false) -> JSONObject {
    [
      "type": "access", "student": ["id": .string(student), "birthDate": "2007-05-01"],
      "requester": ["relationship": "parent", "name": "Ouder Test"], "receivedOn": old ? "2021-01-04" : "2026-11-02",
    ]
  }
}

extension CompactAuditTests.Store {
  /// The audit events, oldest first.
  func auditEvents() -> [JSONObject] {
    (try? service.ledger.read(ReadAudit.register) { r throws(RPCError) in r.order.compactMap { r[$0] } }) ?? []
  }
}
