import JSON
import Registers
import Rules
import Testing

/// The register's storage and due-list index: pages read by position equal the filtered scan,
/// removals keep cursors and order, and the index always equals a walk over every record.
@Suite struct RegisterIndexTests {
  /// An upsert event of request `n` with `status` and `dueOn`.
  static func request(_ n: Int, _ status: String, _ dueOn: String, seq: UInt64) -> RegisterEvent {
    let id = "R-2026-\(String(repeating: "0", count: max(0, 4 - String(n).count)))\(n)"
    let record: JSONObject = ["id": .string(id), "status": .string(status), "dueOn": .string(dueOn)]
    return RegisterEvent(
      seq: seq, at: "2026-11-29T10:00:00+01:00", actor: "t", type: "requests.opened",
      data: ["id": .string(id), "record": .object(record), "change": [:]])
  }

  /// A removal event of request `n`.
  static func removal(_ n: Int, seq: UInt64) -> RegisterEvent {
    let id = "R-2026-\(String(repeating: "0", count: max(0, 4 - String(n).count)))\(n)"
    return RegisterEvent(
      seq: seq, at: "2026-11-29T10:00:00+01:00", actor: "t", type: "requests.purged",
      data: ["id": .string(id), "removed": true, "change": [:]])
  }

  /// A register of 300 requests, some responded, some removed, some re-dated.
  static func filled() -> Register {
    var r = Register(kind: .requests)
    var seq: UInt64 = 0
    for n in 1...300 {
      seq += 1
      r.apply(request(n, n % 5 == 0 ? "responded" : "open", "2026-12-\(n % 28 < 9 ? "0" : "")\(n % 28 + 1)", seq: seq))
    }
    for n in stride(from: 3, through: 300, by: 7) { seq += 1; r.apply(removal(n, seq: seq)) }
    for n in stride(from: 2, through: 300, by: 11) { seq += 1; r.apply(request(n, "extended", "2027-01-05", seq: seq)) }
    return r
  }

  @Test func indexEqualsAWalkOverEveryRecord() throws {
    let r = Self.filled()
    let bound = try CivilDate.parse("2026-12-10")
    let walked = r.all { json in
      let rec = RequestRecord(json)
      return rec.status?.isPending == true && (rec.effectiveDueOn.map { $0 <= bound } ?? false)
    }
    let indexed = try #require(r.indexed(upTo: Int64(bound.daysSinceEpoch)))
    #expect(indexed.map { $0["id"]?.stringValue ?? "" } == walked.map { $0["id"]?.stringValue ?? "" })
    var restored = Register(kind: .requests)
    restored.restore(r.snapshot)
    #expect(restored.indexed()?.count == r.indexed()?.count)
    #expect(restored.order == r.order)
  }

  @Test func unfilteredPagesEqualTheFilteredScan() throws {
    let r = Self.filled()
    var cursor: String? = nil
    var seen: [String] = []
    repeat {
      let fast = try r.page(after: cursor, limit: 17, where: nil)
      let slow = try r.page(after: cursor, limit: 17, where: { _ in true })
      #expect(fast.items == slow.items && fast.nextCursor == slow.nextCursor && fast.total == slow.total)
      seen += fast.items.map { $0["id"]?.stringValue ?? "" }
      cursor = fast.nextCursor
    } while cursor != nil
    #expect(seen == r.order)
    #expect(r.count == seen.count)
  }
}
