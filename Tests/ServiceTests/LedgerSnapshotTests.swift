import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// Periodic snapshots are written beside the writers, not in their way: a snapshot of 100k
/// records takes seconds, and a write must not wait for it (issue 5's listing latency, issue 3's
/// "loses nothing").
@Suite struct LedgerSnapshotTests {
  /// A journal whose snapshots block until released, and which counts them.
  final class BlockingJournal: Journal, @unchecked Sendable {
    private let lock = NSLock()
    private var seq: UInt64 = 0
    private(set) var snapshotsStarted: [UInt64?] = []
    let release = DispatchSemaphore(value: 0)
    /// Signalled as each snapshot starts.
    let entered = DispatchSemaphore(value: 0)
    var recoveredSnapshot: JSONValue? { nil }
    var recoveredEvents: [RegisterEvent] { [] }
    func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
      lock.lock()
      defer { lock.unlock() }
      seq += 1
      return seq
    }
    func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {
      lock.lock()
      snapshotsStarted.append(throughSeq)
      lock.unlock()
      entered.signal()
      release.wait()
    }
    var started: [UInt64?] {
      lock.lock()
      defer { lock.unlock() }
      return snapshotsStarted
    }
    func waitDurable(_ seq: UInt64) throws {}
    func requestDurable(_ seq: UInt64) {}
    func verify() -> JSONValue? { nil }
    func backup(to destination: String) throws {}
    func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool { false }
    func info() -> JSONValue { [:] }
    func close() {}
  }

  /// What went wrong on another thread.
  final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    func set(_ s: String) { lock.lock(); value = s; lock.unlock() }
    var text: String? { lock.lock(); defer { lock.unlock() }; return value }
  }

  static func add(_ ledger: Ledger, _ n: Int) throws {
    try ledger.write("processors", actor: "test", at: "2026-11-29T10:00:00+01:00") { _ in
      RegisterChange(type: "processors.registered", id: "P-2026-\(n)", record: ["id": .string("P-2026-\(n)")], change: [:])
    }
  }

  @Test func writesGoOnWhileASnapshotIsBeingWritten() throws {
    let journal = BlockingJournal()
    let ledger = Ledger(journal: journal, registers: RegisterCatalog.all, snapshotEvery: 5)
    // The fifth write starts a snapshot, which then sticks in the journal. The writes after it
    // (and reads) must still complete; they run on another thread so a regression fails the
    // test instead of hanging it.
    let done = DispatchSemaphore(value: 0)
    let failed = Failure()
    Thread.detachNewThread {
      do { for n in 1...30 { try Self.add(ledger, n) } } catch { failed.set("\(error)") }
      done.signal()
    }
    let finished = done.wait(timeout: .now() + 60) == .success
    #expect(finished, "writes waited for the snapshot")
    if !finished {
      for _ in 0..<10 { journal.release.signal() }
      done.wait()
    }
    #expect(failed.text == nil)
    #expect(journal.entered.wait(timeout: .now() + 60) == .success, "no snapshot started")
    // One snapshot at a time, taken at the event that crossed the interval.
    #expect(journal.started == [5])
    let count = try ledger.read("processors") { r in r.count }
    #expect(count == 30)
    journal.release.signal()
    ledger.waitForSnapshots()
    // The clean-shutdown snapshot waits for the periodic one, then takes everything.
    journal.release.signal()
    journal.release.signal()
    ledger.snapshot()
    #expect(journal.started.last == .some(nil))
  }

  @Test func periodicSnapshotsRecoverTheSameRegisters() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-snap-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.storeDirectory = dir
    c.storeOptions.snapshotEvery = 40
    let service = try AvgdService(configuration: c)
    DispatchQueue.concurrentPerform(iterations: 4) { k in
      for n in 0..<60 {
        _ = service.server.call(
          "breaches.register",
          params: ["kind": "securityIncident", "summary": .string("lost laptop \(k)-\(n)"), "awareAt": "2026-11-27T09:00:00+01:00"],
          peer: testPeer)
      }
    }
    service.ledger.waitForSnapshots()
    let before = call(service, "breaches.list", ["limit": 1000])
    #expect(before["total"] == 240)
    #expect(service.journal.info()["snapshot"]?["seq"] != nil, "no periodic snapshot was written")
    // No clean shutdown: the next start recovers from the last periodic snapshot plus the journal.
    service.journal.close()
    let reopened = try AvgdService(configuration: c)
    defer { reopened.shutdown() }
    let snapshotSeq = reopened.journal.info()["snapshot"]?["seq"]?.intValue ?? 0
    #expect(snapshotSeq >= 40)
    #expect(call(reopened, "breaches.list", ["limit": 1000])["items"] == before["items"])
  }
}
