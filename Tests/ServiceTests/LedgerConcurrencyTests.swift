import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// Reads beside writes (issue 13): a writer stuck in the journal (a slow `write(2)`, a full disk
/// retrying, an fsync that takes a second) holds up only the writers of its own register. Readers
/// of that register, and writers and readers of every other register, go on. Each case runs the
/// stuck writer on a thread of its own and checks, against a generous deadline so a regression
/// fails instead of hanging, that the others finish while it is still stuck.
@Suite struct LedgerConcurrencyTests {
  /// A journal whose appends of one event type block until released.
  final class GateJournal: Journal, @unchecked Sendable {
    private let lock = NSLock()
    private var seq: UInt64 = 0
    let blockedType: String
    let entered = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    init(blocking type: String) { blockedType = type }
    var recoveredSnapshot: JSONValue? { nil }
    var recoveredEvents: [RegisterEvent] { [] }
    func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
      if type == blockedType {
        entered.signal()
        release.wait()
      }
      return lock.withLock {
        seq += 1
        return seq
      }
    }
    func waitDurable(_ seq: UInt64) throws {}
    func requestDurable(_ seq: UInt64) {}
    func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {}
    func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool { false }
    func info() -> JSONValue { [:] }
    func verify() -> JSONValue? { nil }
    func backup(to destination: String) throws {}
    func close() {}
  }

  static let at = "2026-11-30T12:00:00+01:00"

  static func add(_ ledger: Ledger, _ register: String, _ type: String, _ id: String) throws {
    try ledger.write(register, actor: "t", at: at) { _ in
      RegisterChange(type: type, id: id, record: ["id": .string(id)], change: [:])
    }
  }

  /// Starts a processors write that sticks in the journal and returns once it is stuck.
  static func stuckWriter(_ ledger: Ledger, _ journal: GateJournal) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      try? add(ledger, "processors", "processors.stuck", "P-2026-0002")
      done.signal()
    }
    #expect(journal.entered.wait(timeout: .now() + 30) == .success, "the stuck write never reached the journal")
    return done
  }

  /// Runs `work` on another thread and reports whether it finished before the deadline.
  static func finishes(_ work: @escaping @Sendable () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      work()
      done.signal()
    }
    return done.wait(timeout: .now() + 30) == .success
  }

  @Test func aReaderOfTheSameRegisterDoesNotWaitForAWriterInTheJournal() throws {
    let journal = GateJournal(blocking: "processors.stuck")
    let ledger = Ledger(journal: journal, registers: RegisterCatalog.all)
    try Self.add(ledger, "processors", "processors.registered", "P-2026-0001")
    let writer = Self.stuckWriter(ledger, journal)
    let seen = Mutexed<Int>(-1)
    #expect(Self.finishes { seen.set((try? ledger.read("processors") { r in r.count }) ?? -2) })
    // The reader saw the register before the stuck change: nothing half-applied.
    #expect(seen.value == 1)
    journal.release.signal()
    #expect(writer.wait(timeout: .now() + 30) == .success)
    #expect(try ledger.read("processors") { r in r.count } == 2)
  }

  @Test func writersOfAnotherRegisterGoOn() throws {
    let journal = GateJournal(blocking: "processors.stuck")
    let ledger = Ledger(journal: journal, registers: RegisterCatalog.all)
    let writer = Self.stuckWriter(ledger, journal)
    #expect(Self.finishes { try? Self.add(ledger, "breaches", "breaches.registered", "D-2026-0001") })
    #expect(try ledger.read("breaches") { r in r.count } == 1)
    journal.release.signal()
    #expect(writer.wait(timeout: .now() + 30) == .success)
  }

  @Test func aSecondWriterOfTheSameRegisterWaitsItsTurn() throws {
    let journal = GateJournal(blocking: "processors.stuck")
    let ledger = Ledger(journal: journal, registers: RegisterCatalog.all)
    let writer = Self.stuckWriter(ledger, journal)
    let second = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      try? Self.add(ledger, "processors", "processors.registered", "P-2026-0003")
      second.signal()
    }
    // While the first holds the turn the second cannot finish (with one lock for both it would).
    #expect(second.wait(timeout: .now() + 0.3) == .timedOut, "a second writer ran while the first held the register's turn")
    #expect(try ledger.read("processors") { r in r.count } == 0)
    journal.release.signal()
    #expect(writer.wait(timeout: .now() + 30) == .success)
    #expect(second.wait(timeout: .now() + 30) == .success)
    // Journal order is application order: the stuck change came first.
    #expect(try ledger.read("processors") { r in r.order } == ["P-2026-0002", "P-2026-0003"])
  }
}

/// A value shared with another thread.
final class Mutexed<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: T
  init(_ v: T) { stored = v }
  func set(_ v: T) { lock.withLock { stored = v } }
  var value: T { lock.withLock { stored } }
}
