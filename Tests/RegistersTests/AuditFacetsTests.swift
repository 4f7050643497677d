import JSON
import Registers
import Testing

/// `audit.list` reads the audit register's facets, with a postings list per record id; every
/// page and total must equal the predicate it replaced (`oracle`), through removals (retention),
/// compaction, a record changed in place and a snapshot round trip.
@Suite struct AuditFacetsTests {
  typealias Rng = RegisterFacetsTests.Rng

  static let actors = ["j.jansen", "uid:1001", "m.bakker"]

  static func event(_ n: Int, _ g: inout Rng) -> JSONObject {
    let day = 1 + g.next(28)
    let ids = (0..<g.next(6)).map { _ in "R-2026-\(1000 + g.next(30))" }
    return [
      "id": .string("A-2026-\(n)"), "at": .string("2026-11-\(day < 10 ? "0" : "")\(day)T10:00:00+01:00"),
      "actor": .string(actors[g.next(actors.count)]), "method": "requests.get", "recordIds": .array(ids.map { .string($0) }),
    ]
  }

  /// The filter as `audit.list` applied it before facets.
  static func oracle(from: String?, to: String?, actor: String?, recordID: String?) -> (JSONObject) -> Bool {
    { e in
      let day = String((e["at"]?.stringValue ?? "").prefix(10))
      if let from, day < from { return false }
      if let to, day > to { return false }
      if let actor, e["actor"]?.stringValue != actor { return false }
      if let recordID, !(e["recordIds"]?.arrayValue ?? []).contains(.string(recordID)) { return false }
      return true
    }
  }

  static func upsert(_ e: JSONObject, seq: UInt64) -> RegisterEvent {
    RegisterEvent(seq: seq, at: "x", actor: "t", type: "audit.read", data: ["id": e["id"] ?? .null, "record": .object(e)])
  }

  static func check(_ r: Register, _ g: inout Rng) throws {
    for _ in 0..<40 {
      let d1 = 1 + g.next(28), d2 = d1 + g.next(10)
      let from = g.next(3) == 0 ? "2026-11-\(d1 < 10 ? "0" : "")\(d1)" : nil
      let to = g.next(3) == 0 ? "2026-11-\(d2 < 10 ? "0" : "")\(d2)" : nil
      let actor = g.next(3) == 0 ? (actors + ["nobody"])[g.next(4)] : nil
      let recordID = g.next(2) == 0 ? "R-2026-\(1000 + g.next(32))" : nil
      var c: [FacetCondition] = []
      if let from { c.append(.atLeast(AuditFacets.day, AuditFacets.dayNumber(from) ?? 0)) }
      if let to { c.append(.below(AuditFacets.day, (AuditFacets.dayNumber(to) ?? 0) + 1)) }
      if let actor { c.append(.equals(AuditFacets.actor, .text(actor))) }
      if let recordID { c.append(.contains(AuditFacets.recordIds, recordID)) }
      let expected = r.all(where: oracle(from: from, to: to, actor: actor, recordID: recordID)).map { $0["id"] }
      #expect(try r.all(matching: c).map { $0["id"] } == expected, "\(c)")
      var cursor: String? = nil
      var seen: [JSONValue?] = []
      repeat {
        let page = try r.page(after: cursor, limit: 1 + g.next(15), matching: c)
        #expect(page.total == expected.count, "\(c)")
        seen += page.items.map { $0["id"] }
        cursor = page.nextCursor
      } while cursor != nil
      #expect(seen == expected, "\(c)")
    }
  }

  @Test(arguments: [5, 17])
  func facetPagesEqualTheEventPredicate(seed: Int) throws {
    var g = Rng(state: UInt64(seed))
    var r = Register(kind: .audit)
    var seq: UInt64 = 0
    for n in 1...400 {
      seq += 1
      r.apply(Self.upsert(Self.event(n, &g), seq: seq))
    }
    try Self.check(r, &g)
    // An event changed in place (a test of the postings' own bookkeeping; audit events never change).
    seq += 1
    var changed = Self.event(7, &g)
    changed["recordIds"] = ["R-2026-9999"]
    r.apply(Self.upsert(changed, seq: seq))
    #expect(try r.all(matching: [.contains(AuditFacets.recordIds, "R-2026-9999")]).map { $0["id"] } == ["A-2026-7"])
    try Self.check(r, &g)
    // Retention removes most events: the slots compact and the postings are rebuilt.
    for n in 1...330 {
      seq += 1
      r.apply(RegisterEvent(seq: seq, at: "x", actor: "t", type: "audit.purged", data: ["id": .string("A-2026-\(n)"), "removed": true]))
    }
    try Self.check(r, &g)
    var restored = Register(kind: .audit)
    restored.restore(r.snapshot)
    try Self.check(restored, &g)
  }

  @Test func dayNumbersOrderLikeDates() {
    #expect(AuditFacets.dayNumber("2026-11-29T10:00:00+01:00") == 20_261_129)
    #expect(AuditFacets.dayNumber("2026-11-2") == nil)
    #expect(AuditFacets.dayNumber("2026/11/29T10") == nil)
    #expect((AuditFacets.dayNumber("2026-12-01") ?? 0) > (AuditFacets.dayNumber("2026-11-30") ?? 0))
  }
}
