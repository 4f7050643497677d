import Foundation
import JSON
import Registers
import Rules
import Store

/// Makes a store of `count` breach registrations the fastest correct way: each event is what
/// `breaches.register` would journal (the register's own command computes it), appended with the
/// Store API with fsync off and made durable once at the end by `close`. The mix is realistic:
/// mostly security incidents and near misses, one data breach in 1,000 (so `breaches.due` scans
/// every record but returns a short list).
enum StoreMaker {
  /// Writes the events into `directory` (which must not hold a store yet) and prints the time.
  static func run(directory: String, count: Int) throws {
    let store = try Store.open(directory: directory, options: StoreOptions(fsync: false))
    guard store.lastWrittenSeq == 0 else { throw BenchError("\(directory) already holds a store") }
    var register = Register(kind: .breaches)
    let start = BenchArgs.now()
    let base = try Instant.parse("2026-01-05T09:00:00+01:00")
    for k in 0..<count {
      let kind: BreachKind = k % 1000 == 999 ? .dataBreach : (k % 3 == 0 ? .nearMiss : .securityIncident)
      let aware = Instant(secondsSinceEpoch: base.secondsSinceEpoch + Int64(k % 300) * 86_400 + Int64(k % 7) * 60)
      let input = BreachRegistration(
        kind: kind, summary: "Benchmark incident \(k): laptop left unlocked in room \(k % 97)", awareAt: aware,
        source: "internal", school: "School \(k % 12)")
      let change = try Breaches.register(input, in: register, now: aware, by: "bench")
      let at = Amsterdam.format(aware)
      let stored = try store.append(EventDraft(type: change.type, actor: "bench", at: at, data: change.data))
      register.apply(RegisterEvent(seq: stored.seq, at: at, actor: "bench", type: change.type, data: change.data))
    }
    store.close()
    let seconds = BenchArgs.now() - start
    let bytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/journal.jsonl")[.size] as? Int) ?? 0
    BenchArgs.emit([("events", count), ("seconds", seconds), ("journal_bytes", bytes ?? 0)])
  }
}
