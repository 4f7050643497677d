import Foundation
import JSON
import JSONRPC
import Registers

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

  /// Runs `command` against register `name`, journals its change, applies it, waits until it is
  /// durable and returns the record as changed.
  @discardableResult
  func write(
    _ name: String, actor: String, at: String, _ command: (Register) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let seq: UInt64
    let record: JSONObject
    lock.lock()
    do {
      let proposed: RegisterChange?
      do { proposed = try Self.propose(registers[name], command) } catch {
        lock.unlock()
        throw error.rpcError
      }
      guard let change = proposed else {
        lock.unlock()
        throw RPCError.internalError("no register \(name)")
      }
      do {
        seq = try journal.append(type: change.type, actor: actor, at: at, data: change.data)
      } catch {
        lock.unlock()
        throw Self.storeFailure(error)
      }
      // Applied in place: no copy of the register is alive here, so its storage is uniquely
      // referenced and `apply` does not copy every record (a copy made each write O(records)).
      registers[name]?.apply(RegisterEvent(seq: seq, at: at, actor: actor, type: change.type, data: change.data))
      record = change.record
      eventsSinceSnapshot += 1
      if eventsSinceSnapshot >= snapshotEvery { snapshotLocked() }
      lock.unlock()
    }
    do { try journal.waitDurable(seq) } catch { throw Self.storeFailure(error) }
    return record
  }

  /// Runs `command` on a copy of the register that ends with this call (nil: no such register),
  /// so `write` can then mutate the stored register in place.
  private static func propose(
    _ register: Register?, _ command: (Register) throws(RegisterError) -> RegisterChange
  ) throws(RegisterError) -> RegisterChange? {
    guard let register else { return nil }
    return try command(register)
  }

  /// Writes a snapshot of every register now (clean shutdown, every `snapshotEvery` events).
  func snapshot() {
    lock.lock()
    defer { lock.unlock() }
    snapshotLocked()
  }

  private func snapshotLocked() {
    let state: JSONValue = [
      "registers": .object(JSONObject(registers.keys.sorted().map { ($0, registers[$0]?.snapshot ?? .null) }))
    ]
    if (try? journal.snapshot(state)) != nil { eventsSinceSnapshot = 0 }
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
  /// Writes a snapshot of `state` covering every event appended so far.
  func snapshot(_ state: JSONValue) throws
  /// Store facts for `store.info`.
  func info() -> JSONValue
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
  func snapshot(_ state: JSONValue) throws {}
  func info() -> JSONValue { ["kind": "memory", "lastSeq": .int(Int(seq))] }
  func close() {}
}
