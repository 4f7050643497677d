import Foundation
import JSON
import JSONRPC
import Registers
import Store

/// All registers in memory, kept in step with the journal.
///
/// A write runs under one lock: the command reads the current state and returns a change (or
/// refuses); the change is appended to the journal; only if that succeeds is it applied. The
/// caller then waits outside the lock until the journal has made it durable (group commit), and
/// only then is the caller answered. So a failed write leaves the register as it was (1100), and
/// an acknowledged write survives a crash.
public final class Ledger: @unchecked Sendable {
  private let lock = NSLock()
  private var registers: [String: Register]
  private let journal: any Journal
  private var eventsSinceSnapshot = 0
  /// The sequence number of the last event this ledger journaled (0 before the first).
  private var lastSeq: UInt64 = 0
  /// Held while a periodic snapshot is being written in the background (at most one at a time).
  private let snapshotsInFlight = DispatchGroup()
  private var snapshotRunning = false
  /// Events between snapshots.
  let snapshotEvery: Int

  /// A ledger over `journal`, rebuilt from what it recovered.
  init(journal: any Journal, registers: [Register], snapshotEvery: Int = 10_000) {
    self.journal = journal
    self.snapshotEvery = snapshotEvery
    var byName: [String: Register] = [:]
    for r in registers { byName[r.name] = r }
    if let snapshot = journal.recoveredSnapshot?["registers"]?.objectValue {
      for m in snapshot { byName[m.key]?.restore(m.value) }
    }
    for e in journal.recoveredEvents { byName[String(e.register)]?.apply(e) }
    self.registers = byName
  }

  /// Reads register `name` under the lock.
  func read<T>(_ name: String, _ body: (Register) throws(RPCError) -> T) throws(RPCError) -> T {
    lock.lock()
    defer { lock.unlock() }
    guard let r = registers[name] else { throw RPCError.internalError("no register \(name)") }
    return try body(r)
  }

  /// Reads several registers under one lock, in the order named, so a check that crosses
  /// registers (`processing.check`: activities, processor agreements, disclosures) sees them as of
  /// one moment.
  func read<T>(_ names: [String], _ body: ([Register]) throws(RPCError) -> T) throws(RPCError) -> T {
    lock.lock()
    defer { lock.unlock() }
    var found: [Register] = []
    for name in names {
      guard let r = registers[name] else { throw RPCError.internalError("no register \(name)") }
      found.append(r)
    }
    return try body(found)
  }

  /// Runs `command` against register `name`, journals its change, applies it, waits until it is
  /// durable and returns the record as changed. `wait: false` (audit events of reads) only asks the
  /// journal to sync soon: the journal's order is the order of the calls either way.
  @discardableResult
  func write(
    _ name: String, actor: String, at: String, wait: Bool = true, _ command: (Register) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let changes = try writeAll(name, actor: actor, at: at, wait: wait) { r throws(RegisterError) in [try command(r)] }
    return changes.last?.record ?? JSONObject()
  }

  /// Like `write`, with a second register read under the same lock: a disclosure on consent is
  /// checked against the consent register as it is when the disclosure is journaled, so a
  /// withdrawal cannot slip in between the check and the write (AVG art. 7(3)).
  @discardableResult
  func write(
    _ name: String, reading other: String, actor: String, at: String,
    _ command: (Register, Register) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    try write(name, actor: actor, at: at) { r throws(RegisterError) in
      guard let second = registers[other] else { throw .invalid("register", "no register \(other)") }
      return try command(r, second)
    }
  }

  /// Runs `command`, which may return several changes (a retention purge), journals and applies
  /// each in order under the lock, waits until the last is durable and returns the changes. A
  /// change whose append fails is not applied (1100), nor is any after it; an empty list writes
  /// nothing. Every `snapshotEvery` events a snapshot is written.
  func writeAll(
    _ name: String, actor: String, at: String, wait: Bool = true,
    _ command: (Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RPCError) -> [RegisterChange] {
    var last: UInt64? = nil
    let changes: [RegisterChange]
    lock.lock()
    do {
      let proposed: [RegisterChange]?
      do { proposed = try Self.propose(registers[name], command) } catch {
        lock.unlock()
        throw error.rpcError
      }
      guard let proposedChanges = proposed else {
        lock.unlock()
        throw RPCError.internalError("no register \(name)")
      }
      changes = proposedChanges
      for change in changes {
        let seq: UInt64
        do { seq = try journal.append(type: change.type, actor: actor, at: at, data: change.data) } catch {
          lock.unlock()
          throw Self.storeFailure(error)
        }
        // Applied in place: no copy of the register is alive here, so its storage is uniquely
        // referenced and `apply` does not copy every record (a copy per write is O(records)).
        registers[name]?.apply(RegisterEvent(seq: seq, at: at, actor: actor, type: change.type, data: change.data))
        last = seq
        lastSeq = seq
        eventsSinceSnapshot += 1
      }
      if eventsSinceSnapshot >= snapshotEvery && !snapshotRunning { startSnapshotLocked() }
      lock.unlock()
    }
    guard let last else { return changes }
    guard wait else {
      journal.requestDurable(last)
      return changes
    }
    do { try journal.waitDurable(last) } catch { throw Self.storeFailure(error) }
    return changes
  }

  /// Erases the earlier events of records `ids` of register `name` from the journal files (the
  /// store's compaction), keeping their removal events, so no file keeps the removed data (AVG
  /// art. 5(1)(e), 17). Returns what happened in plain words; false when the journal cannot
  /// (in memory) or the compaction failed (the records stay removed from the registers).
  func eraseFromJournal(_ name: String, ids: Set<String>) -> (erased: Bool, note: String) {
    guard !ids.isEmpty else { return (false, "nothing to erase") }
    lock.lock()
    defer { lock.unlock() }
    let state = stateLocked()
    do {
      let done = try journal.rewrite(
        keeping: { e in
          guard e.register == name, let id = e.data["id"]?.stringValue, ids.contains(id) else { return true }
          return e.data["removed"]?.boolValue == true
        }, finalState: state)
      if done { eventsSinceSnapshot = 0 }
      return done
        ? (true, "the dossiers' earlier events were erased from the journal files; their purge lines remain")
        : (false, "an in-memory service keeps no journal files")
    } catch {
      return (false, "the journal files could not be compacted (\(error)); the dossiers are removed from the register, run the purge again to erase them from the files")
    }
  }

  /// Runs `command` on a copy of the register that ends with this call (nil: no such register),
  /// so `write` can then mutate the stored register in place.
  private static func propose(
    _ register: Register?, _ command: (Register) throws(RegisterError) -> RegisterChange
  ) throws(RegisterError) -> RegisterChange? {
    guard let register else { return nil }
    return try command(register)
  }

  /// Runs `command` on a copy of the register that ends with this call (nil: no such register),
  /// so the write can then change the stored register in place.
  private static func propose(
    _ register: Register?, _ command: (Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RegisterError) -> [RegisterChange]? {
    guard let register else { return nil }
    return try command(register)
  }

  /// Writes a snapshot of every register now and returns when it is on disk (clean shutdown).
  /// A periodic snapshot still being written is finished first.
  func snapshot() {
    snapshotsInFlight.wait()
    lock.lock()
    defer { lock.unlock() }
    if (try? journal.snapshot(stateLocked(), throughSeq: nil)) != nil { eventsSinceSnapshot = 0 }
  }

  /// Starts the periodic snapshot without holding up writers: under the lock it only takes a copy
  /// of the registers (copy-on-write, so O(registers)) and the last sequence number; turning them
  /// into JSON and writing the file (seconds at 100k records) happens on a thread of its own while
  /// writes and reads go on. The first write to a register afterwards copies its storage once.
  /// A snapshot that fails (or is overtaken by a compaction) is simply not used: the journal
  /// still holds every event, and the next one is tried after another `snapshotEvery` events.
  private func startSnapshotLocked() {
    let captured = registers
    let through = lastSeq
    snapshotRunning = true
    eventsSinceSnapshot = 0
    snapshotsInFlight.enter()
    Thread.detachNewThread { [self] in
      try? journal.snapshot(Self.state(of: captured), throughSeq: through)
      lock.lock()
      snapshotRunning = false
      lock.unlock()
      snapshotsInFlight.leave()
    }
  }

  /// Returns when no periodic snapshot is being written.
  func waitForSnapshots() { snapshotsInFlight.wait() }

  /// Every register's state, as snapshots hold it.
  private func stateLocked() -> JSONValue { Self.state(of: registers) }

  private static func state(of registers: [String: Register]) -> JSONValue {
    ["registers": .object(JSONObject(registers.keys.sorted().map { ($0, registers[$0]?.snapshot ?? .null) }))]
  }

  static func storeFailure(_ error: any Error) -> RPCError {
    RPCError(
      code: .storeFailure, message: "Store failure",
      data: ["reason": .string("the change could not be saved, so nothing was changed: \(error)")])
  }
}

/// What the ledger needs from durable storage: the store in production, memory in tests and `--memory`.
protocol Journal: AnyObject, Sendable {
  /// The snapshot state recovered at start, if any.
  var recoveredSnapshot: JSONValue? { get }
  /// The events after that snapshot, in order.
  var recoveredEvents: [RegisterEvent] { get }
  /// Appends an event (not yet durable) and returns its sequence number.
  func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64
  /// Returns when every event up to `seq` is durable.
  func waitDurable(_ seq: UInt64) throws
  /// Writes a snapshot of `state`, the registers after event `throughSeq` (nil: every event
  /// appended so far). Refused when a later snapshot or a compaction has superseded that point.
  func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws
  /// Rewrites the journal keeping only the events `keeping` accepts, with a snapshot of
  /// `finalState`; false when there are no files to rewrite.
  func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool
  /// Asks for `seq` to be made durable soon without waiting (audit events of reads).
  func requestDurable(_ seq: UInt64)
  /// Store facts for `store.info`.
  func info() -> JSONValue
  /// The hash chain and files checked (`store.verify`, AVG art. 5(2)); nil for a memory journal.
  func verify() -> JSONValue?
  /// A consistent copy into `destination` (`store.backup`, AVG art. 32(1)(c)); throws for memory.
  func backup(to destination: String) throws
  /// Closes the journal.
  func close()
}

/// A journal that keeps nothing: for tests and `avgd serve --memory`.
final class MemoryJournal: Journal, @unchecked Sendable {
  private let lock = NSLock()
  private var seq: UInt64 = 0
  var recoveredSnapshot: JSONValue? { nil }
  var recoveredEvents: [RegisterEvent] { [] }
  func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    seq += 1
    return seq
  }
  func waitDurable(_ seq: UInt64) throws {}
  func requestDurable(_ seq: UInt64) {}
  func verify() -> JSONValue? { nil }
  func backup(to destination: String) throws { throw StoreError(.invalidArgument, "an in-memory service keeps no store to back up") }
  func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {}
  func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool { false }
  func info() -> JSONValue { ["kind": "memory", "lastSeq": .int(Int(seq))] }
  func close() {}
}
