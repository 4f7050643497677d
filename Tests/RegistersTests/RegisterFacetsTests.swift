import JSON
import Registers
import Rules
import Testing
import Wording

/// Filtered listings read facet rows instead of records; these tests hold every page and total
/// to a predicate over the records themselves (what `requests.list` filtering means), through
/// updates, removals, compaction and a snapshot round trip.
@Suite struct RegisterFacetsTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct Rng {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
  }

  static let statuses = RequestStatus.allCases.map(\.rawValue)
  static let types = RequestType.allCases.map(\.rawValue)
  static let students = ["S-1", "S-2", "S-3", "S-4"]
  static let schools = ["Het Baken", "De Linde"]

  static func day(_ d: Int) -> String { d < 10 ? "0\(d)" : "\(d)" }

  static func id(_ n: Int) -> String { "R-2026-\(String(repeating: "0", count: max(0, 4 - String(n).count)))\(n)" }

  /// A request record with random facts; some lack a school or an extension.
  static func record(_ n: Int, _ g: inout Rng) -> JSONObject {
    var o: JSONObject = [
      "id": .string(id(n)), "status": .string(statuses[g.next(statuses.count)]), "type": .string(types[g.next(types.count)]),
      "student": ["id": .string(students[g.next(students.count)]), "birthDate": "2012-05-01"],
      "dueOn": .string("2026-12-\(day(g.next(28) + 1))"),
    ]
    if g.next(3) > 0 { o["school"] = .string(schools[g.next(schools.count)]) }
    if g.next(4) == 0 { o["extendedDueOn"] = .string("2027-02-\(day(g.next(28) + 1))") }
    return o
  }

  static func upsert(_ record: JSONObject, seq: UInt64) -> RegisterEvent {
    RegisterEvent(
      seq: seq, at: "2026-11-29T10:00:00+01:00", actor: "t", type: "requests.changed",
      data: ["id": record["id"] ?? .null, "record": .object(record), "change": [:]])
  }

  static func removal(_ n: Int, seq: UInt64) -> RegisterEvent {
    RegisterEvent(
      seq: seq, at: "2026-11-29T10:00:00+01:00", actor: "t", type: "requests.purged",
      data: ["id": .string(id(n)), "removed": true, "change": [:]])
  }

  /// What a condition means, read from the record (the oracle).
  static func holds(_ c: FacetCondition, _ json: JSONObject) -> Bool {
    let r = RequestRecord(json)
    func days(_ d: CivilDate?) -> Int64? { d.map { Int64($0.daysSinceEpoch) } }
    switch c {
    case .equals(RequestFacets.status, .text(let v)): return r.status?.rawValue == v
    case .equals(RequestFacets.type, .text(let v)): return r.type?.rawValue == v
    case .equals(RequestFacets.student, .text(let v)): return r.studentID == v
    case .equals(RequestFacets.school, .text(let v)): return r.school == v
    case .equals(RequestFacets.school, .none): return r.school == nil
    case .below(RequestFacets.due, let b): return days(r.effectiveDueOn).map { $0 < b } ?? false
    case .below(RequestFacets.pendingDue, let b):
      return r.isOverdue(on: CivilDate(daysSinceEpoch: Int(b)))
    case .notBelow(RequestFacets.pendingDue, let b):
      return !r.isOverdue(on: CivilDate(daysSinceEpoch: Int(b)))
    default:
      Issue.record("no oracle for \(c)")
      return false
    }
  }

  /// Random conjunctions of zero to three conditions, including values no record has.
  static func conditions(_ g: inout Rng) -> [FacetCondition] {
    let today = Int64(CivilDate(year: 2026, month: 12, day: 1 + g.next(40) % 28)?.daysSinceEpoch ?? 0)
    let pool: [FacetCondition] = [
      .equals(RequestFacets.status, .text(statuses[g.next(statuses.count)])),
      .equals(RequestFacets.type, .text(types[g.next(types.count)])),
      .equals(RequestFacets.student, .text(g.next(5) == 0 ? "S-unknown" : students[g.next(students.count)])),
      .equals(RequestFacets.school, g.next(3) == 0 ? .none : .text(schools[g.next(schools.count)])),
      .below(RequestFacets.due, today), .below(RequestFacets.pendingDue, today + 1), .notBelow(RequestFacets.pendingDue, today + 1),
    ]
    return (0..<g.next(4)).map { _ in pool[g.next(pool.count)] }
  }

  /// Every page of `conditions` walked with cursors, against the oracle.
  static func check(_ r: Register, _ conditions: [FacetCondition], limit: Int) throws {
    let expected = r.all { json in conditions.allSatisfy { holds($0, json) } }.map { $0["id"]?.stringValue ?? "" }
    #expect(try r.all(matching: conditions).map { $0["id"]?.stringValue ?? "" } == expected, "\(conditions)")
    var cursor: String? = nil
    var seen: [String] = []
    repeat {
      let page = try r.page(after: cursor, limit: limit, matching: conditions)
      #expect(page.total == expected.count, "\(conditions)")
      seen += page.items.map { $0["id"]?.stringValue ?? "" }
      cursor = page.nextCursor
    } while cursor != nil
    #expect(seen == expected, "\(conditions)")
  }

  @Test(arguments: [1, 7, 42])
  func facetPagesEqualTheRecordPredicate(seed: Int) throws {
    var g = Rng(state: UInt64(seed))
    var r = Register(kind: .requests)
    #expect(r.keepsFacets)
    var seq: UInt64 = 0
    var live = Set<Int>()
    for round in 0..<6 {
      for n in (round * 120 + 1)...(round * 120 + 120) {
        seq += 1
        r.apply(Self.upsert(Self.record(n, &g), seq: seq))
        live.insert(n)
      }
      // Changes of status, due dates and school, as decisions and extensions make them.
      for n in live.shuffled(using: &g).prefix(60) {
        seq += 1
        r.apply(Self.upsert(Self.record(n, &g), seq: seq))
      }
      // Removals; round 3 removes most records so the register compacts its slots.
      for n in live.shuffled(using: &g).prefix(round == 3 ? live.count - 20 : 15) {
        seq += 1
        r.apply(Self.removal(n, seq: seq))
        live.remove(n)
      }
      for _ in 0..<25 { try Self.check(r, Self.conditions(&g), limit: 1 + g.next(40)) }
    }
    var restored = Register(kind: .requests)
    restored.restore(r.snapshot)
    for _ in 0..<25 { try Self.check(restored, Self.conditions(&g), limit: 1 + g.next(40)) }
  }

  @Test func aFacetTheRegisterDoesNotKeepIsRefused() throws {
    let r = Register(kind: .requests)
    #expect(throws: RegisterError.self) { try r.page(after: nil, limit: 5, matching: [.equals("colour", .text("red"))]) }
    let plain = Register(kind: RegisterKind(name: "plain", idPrefix: "X", recordName: Text(nl: "Gewoon record", en: "Plain record")))
    #expect(!plain.keepsFacets)
    #expect(throws: RegisterError.self) { try plain.all(matching: []) }
  }
}

extension RegisterFacetsTests.Rng: RandomNumberGenerator {
  mutating func next() -> UInt64 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return state
  }
}
