import JSON
import Registers
import Rules
import Testing

/// The breach register's filters read facet rows; every page and total must equal the record
/// predicate `breaches.list` had before (`oracle`), down to the nanosecond at `reportBy` and to
/// the Amsterdam date at midnight.
@Suite struct BreachFacetsTests {
  typealias Rng = RegisterFacetsTests.Rng

  static let base = Instant(secondsSinceEpoch: 1_792_710_000)  // 2026-10-22, summer time ends on the 25th

  /// A breach record with random facts.
  static func record(_ n: Int, _ g: inout Rng) -> JSONObject {
    let aware = base.adding(seconds: Int64(g.next(20 * 86_400)))
    let awareAt = Instant(secondsSinceEpoch: aware.secondsSinceEpoch, nanoseconds: g.next(2) == 0 ? 0 : Int64(g.next(999_999_999)))
    let kinds = BreachKind.allCases.map(\.rawValue), statuses = ["registered", "assessed", "reported", "closed"]
    var o: JSONObject = [
      "id": .string("D-2026-\(n)"), "kind": .string(kinds[g.next(kinds.count)]), "status": .string(statuses[g.next(4)]),
      "awareAt": .string(Amsterdam.format(awareAt)), "reportBy": .string(Amsterdam.format(awareAt.adding(seconds: 72 * 3600))),
    ]
    if g.next(2) == 0 { o["school"] = .string(["Het Baken", "De Linde"][g.next(2)]) }
    if g.next(3) == 0 { o["assessment"] = ["risk": .string(RiskLevel.allCases[g.next(3)].rawValue)] }
    if g.next(5) == 0 { o["reportedAt"] = .string(Amsterdam.format(awareAt.adding(seconds: 3600))) }
    return o
  }

  /// The filter as a predicate over the record (what `breaches.list` meant before facets).
  static func oracle(kind: String?, status: String?, school: String?, overdue: Bool?, now: Instant, from: CivilDate?, to: CivilDate?)
    -> (JSONObject) -> Bool
  {
    { json in
      let r = BreachRecord(json)
      if let kind, r.kind?.rawValue != kind { return false }
      if let status, r.status != status { return false }
      if let overdue, r.isOverdue(at: now) != overdue { return false }
      if let school, r.school != school { return false }
      guard from != nil || to != nil else { return true }
      guard let aware = r.awareAt.map(Amsterdam.date(of:)) else { return false }
      if let from, aware < from { return false }
      if let to, aware > to { return false }
      return true
    }
  }

  @Test(arguments: [3, 11, 29])
  func facetPagesEqualTheRecordPredicate(seed: Int) throws {
    var g = Rng(state: UInt64(seed))
    var r = Register(kind: .breaches)
    #expect(r.keepsFacets)
    var records: [JSONObject] = []
    for n in 1...400 {
      let rec = Self.record(n, &g)
      records.append(rec)
      r.apply(RegisterEvent(seq: UInt64(n), at: "x", actor: "t", type: "breaches.changed", data: ["id": rec["id"] ?? .null, "record": .object(rec)]))
    }
    for _ in 0..<60 {
      // "now" sometimes exactly at a record's reportBy, or a nanosecond either side of it.
      let anchor = BreachRecord(records[g.next(records.count)]).reportBy ?? Self.base
      let now = Instant(secondsSinceEpoch: anchor.secondsSinceEpoch, nanoseconds: Int64(anchor.nanoseconds) + Int64(g.next(3)) - 1)
      let day = Amsterdam.date(of: Self.base).adding(days: g.next(22))
      let kind = g.next(3) == 0 ? BreachKind.allCases[g.next(3)].rawValue : nil
      let status = g.next(3) == 0 ? ["registered", "assessed", "reported", "closed"][g.next(4)] : nil
      let school = g.next(4) == 0 ? ["Het Baken", "De Linde", "Elders"][g.next(3)] : nil
      let overdue = g.next(2) == 0 ? g.next(2) == 0 : nil
      let from = g.next(3) == 0 ? day : nil
      let to = g.next(3) == 0 ? day.adding(days: g.next(5)) : nil
      var c: [FacetCondition] = []
      if let kind { c.append(.equals(BreachFacets.kind, .text(kind))) }
      if let status { c.append(.equals(BreachFacets.status, .text(status))) }
      if let school { c.append(.equals(BreachFacets.school, .text(school))) }
      if let overdue {
        let ns = BreachFacets.nanoseconds(now)
        c.append(overdue ? .below(BreachFacets.awaitedReportBy, ns) : .notBelow(BreachFacets.awaitedReportBy, ns))
      }
      if let from { c.append(.atLeast(BreachFacets.awareOn, Int64(from.daysSinceEpoch))) }
      if let to { c.append(.below(BreachFacets.awareOn, Int64(to.daysSinceEpoch) + 1)) }
      let expected = r.all(where: Self.oracle(kind: kind, status: status, school: school, overdue: overdue, now: now, from: from, to: to))
      let page = try r.page(after: nil, limit: 1000, matching: c)
      #expect(page.items.map { $0["id"] } == expected.map { $0["id"] }, "\(c)")
      #expect(page.total == expected.count)
    }
  }

  @Test func nanosecondsKeepTheOrderOfInstants() {
    let a = Instant(secondsSinceEpoch: 1_792_710_000, nanoseconds: 999_999_999)
    let b = Instant(secondsSinceEpoch: 1_792_710_001)
    #expect(BreachFacets.nanoseconds(a) < BreachFacets.nanoseconds(b))
    #expect(BreachFacets.nanoseconds(Instant(secondsSinceEpoch: 1 << 40)) == Int64.max)
    #expect(BreachFacets.nanoseconds(Instant(secondsSinceEpoch: -(1 << 40))) == Int64.min + 2)
  }
}
