import Foundation
import JSON
import Synchronization
import JSONRPC
import Registers
import Store
import Wording

/// All registers in memory, kept in step with the journal.
///
/// A write runs in one register's turn (`RegisterCell.writing`): the command reads the current
/// state and returns a change (or refuses); the change is appended to the journal; only if that
/// succeeds is it applied. The caller then waits, outside every lock, until the journal has made it
/// durable (group commit), and only then is the caller answered. So a failed write leaves the
/// register as it was (1100), and an acknowledged write survives a crash.
///
/// Reads do not wait for writes (issue 13): each register has its own cell, readers share its
/// `access` lock, and a writer takes that lock alone only to apply a change already journaled.
/// Writers of different registers run side by side; a write that checks a second register
/// (`write(_:reading:)`), a snapshot capture and a compaction take the writer turns they need in
/// name order. What each lock guards: `RegisterCell` (one register), `bookkeeping` (the snapshot
/// counters below); the dictionary of cells never changes after `init`.
public final class Ledger: Sendable {
  /// The registers by name; fixed at init.
  private let cells: [String: RegisterCell]
  /// The cells' names in lock order.
  private let lockOrder: [String]
  private let journal: any Journal
  /// Counters for periodic snapshots, guarded by their own mutex.
  private struct Bookkeeping {
    var eventsSinceSnapshot = 0
    /// The sequence number of the last event this ledger journaled (0 before the first).
    var lastSeq: UInt64 = 0
    var snapshotRunning = false
  }
  private let bookkeeping = Mutex(Bookkeeping())
  /// What a removal adds to its line before it is journaled (set once by the service:
  /// `AuditRemovals`), called in the removing writer's turn with the register as it is.
  private let removalNote = Mutex<(@Sendable (Register, [RegisterChange]) throws(RPCError) -> [RegisterChange])?>(nil)
  /// Held while a periodic snapshot is being written in the background (at most one at a time).
  private let snapshotsInFlight = DispatchGroup()
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
    self.cells = byName.mapValues(RegisterCell.init)
    self.lockOrder = byName.keys.sorted()
    finishPendingErasures(journal)  // Ledger+Erasure.swift: a purge's erasure interrupted by a crash
  }

  /// Sets what every removal adds to its line before it is journaled (`AuditRemovals`). A note
  /// that fails refuses the removal: removed records could no longer be matched to the reads that
  /// returned them (AVG art. 5(2)).
  func noteRemovals(with note: @escaping @Sendable (Register, [RegisterChange]) throws(RPCError) -> [RegisterChange]) {
    removalNote.withLock { $0 = note }
  }

  /// Reads register `name` whole, whatever the current call's scope: for the service's own
  /// bookkeeping (the audit trail consulted by a removal), never for a caller's answer.
  func readWhole<T>(_ name: String, _ body: (Register) throws(RPCError) -> T) throws(RPCError) -> T {
    try cell(name).read(body)
  }

  private func cell(_ name: String) throws(RPCError) -> RegisterCell {
    guard let c = cells[name] else { throw RPCError.internalError(Texts.Registers.noRegister(name).string) }
    return c
  }

  /// The schools the current call is limited to (nil: the whole board, or no call at all: start-up,
  /// background retention). Taken from the call context the dispatcher binds for the call
  /// (`CallContext.current`), so every read and write below is scoped without a handler asking.
  static var callerScope: [String]? { CallContext.current?.scope }

  /// Reads register `name`, beside other readers and without waiting for its writers. The body sees
  /// the register as the caller's scope allows (`Register.scoped`; issue 18 §1).
  func read<T>(_ name: String, _ body: (Register) throws(RPCError) -> T) throws(RPCError) -> T {
    let scope = Self.callerScope
    return try cell(name).read { r throws(RPCError) -> T in try body(r.scoped(scope)) }
  }

  /// Reads several registers as of one moment, in the order named, so a check that crosses
  /// registers (`processing.check`: activities, processor agreements, disclosures) sees them
  /// consistently: it holds those registers' writer turns (no change lands meanwhile), never their
  /// readers' locks, so other readers go on.
  func read<T: Sendable>(_ names: [String], _ body: ([Register]) throws(RPCError) -> T) throws(RPCError) -> T {
    var found: [RegisterCell] = []
    for name in names { found.append(try cell(name)) }
    let scope = Self.callerScope
    return try withWriters(Set(names)) { () throws(RPCError) -> T in try body(found.map { $0.forWriter.scoped(scope) }) }
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

  /// Like `write`, with a second register read in the same turn: a disclosure on consent is
  /// checked against the consent register as it is when the disclosure is journaled, so a
  /// withdrawal cannot slip in between the check and the write (AVG art. 7(3)).
  @discardableResult
  func write(
    _ name: String, reading other: String, actor: String, at: String, wait: Bool = true,
    _ command: (Register, Register) throws(RegisterError) -> RegisterChange
  ) throws(RPCError) -> JSONObject {
    let second = try cell(other)
    let scope = Self.callerScope
    let changes = try journaled(name, also: [other], actor: actor, at: at, wait: wait) { r throws(RegisterError) in
      [try command(r, second.forWriter.scoped(scope))]
    }
    return changes.last?.record ?? JSONObject()
  }

  /// Runs `command`, which may return several changes (a retention purge), journals and applies
  /// each in order in the register's turn, waits until the last is durable and returns the
  /// changes. A change whose append fails is not applied (1100), nor is any after it; an empty
  /// list writes nothing. Every `snapshotEvery` events a snapshot is started.
  func writeAll(
    _ name: String, actor: String, at: String, wait: Bool = true,
    _ command: (Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RPCError) -> [RegisterChange] {
    try journaled(name, also: [], actor: actor, at: at, wait: wait, command)
  }

  /// Like `writeAll`, with a second register read in the same turn: a breach's list of affected
  /// people follows the breach's school as the breach is when the list's change is journaled.
  func writeAll(
    _ name: String, reading other: String, actor: String, at: String,
    _ command: (Register, Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RPCError) -> [RegisterChange] {
    let second = try cell(other)
    let scope = Self.callerScope
    return try journaled(name, also: [other], actor: actor, at: at, wait: true) { r throws(RegisterError) in
      try command(r, second.forWriter.scoped(scope))
    }
  }

  /// The write path: in the turns of `name` and `also`, proposes, appends and applies; then, with
  /// no lock held, starts a due snapshot and waits for durability.
  private func journaled(
    _ name: String, also: [String], actor: String, at: String, wait: Bool,
    _ command: (Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RPCError) -> [RegisterChange] {
    let target = try cell(name)
    let scope = Self.callerScope
    let (changes, last) = try withWriters(Set([name] + also)) { () throws(RPCError) -> ([RegisterChange], UInt64?) in
      var proposed: [RegisterChange]
      do throws(RegisterError) {
        // A scoped caller's command sees only its schools' records (another school's id is not
        // found), and may only leave records that name one of its schools.
        let view = target.forWriter.scoped(scope)
        proposed = try command(view)
        for change in proposed where !change.removes { try SchoolScope.checkWrite(change.record, in: view.kind, scope: scope) }
      } catch { throw error.rpcError }
      // A removal first notes what the audit must remember of the record (`AuditRemovals`); the
      // caller gets its changes as its command made them (the note is the journal's, not its answer).
      let commanded = proposed
      if proposed.contains(where: \.removes), let note = removalNote.withLock({ $0 }) { proposed = try note(target.forWriter, proposed) }
      var last: UInt64? = nil
      for change in proposed {
        let seq: UInt64
        do { seq = try journal.append(type: change.type, actor: actor, at: at, data: change.data) } catch {
          throw Self.storeFailure(error)
        }
        target.apply(RegisterEvent(seq: seq, at: at, actor: actor, type: change.type, data: change.data))
        last = seq
        bookkeeping.withLock {
          $0.lastSeq = max($0.lastSeq, seq)
          $0.eventsSinceSnapshot += 1
        }
      }
      return (commanded, last)
    }
    guard let last else { return changes }
    startSnapshotIfDue()
    guard wait else {
      journal.requestDurable(last)
      return changes
    }
    do { try journal.waitDurable(last) } catch { throw Self.storeFailure(error) }
    return changes
  }

  /// Runs `body` holding the writer turns of `names` (every register when nil), taken in name
  /// order so that no two callers can wait for each other.
  private func withWriters<T: Sendable, E: Error>(_ names: Set<String>?, _ body: () throws(E) -> T) throws(E) -> T {
    let ordered = names.map { n in lockOrder.filter { n.contains($0) } } ?? lockOrder
    return try nested(ordered[...], body)
  }

  private func nested<T: Sendable, E: Error>(_ names: ArraySlice<String>, _ body: () throws(E) -> T) throws(E) -> T {
    guard let first = names.first, let c = cells[first] else { return try body() }
    return try c.writing.withLock { _ throws(E) -> T in try nested(names.dropFirst(), body) }
  }

  /// Erases the earlier events of records `ids` of register `name` from the journal files (the
  /// store's compaction), keeping their removal events, so no file keeps the removed data (AVG
  /// art. 5(1)(e), 17). Returns what happened in plain words; false when the journal cannot
  /// (in memory) or the compaction failed (the records stay removed from the registers).
  func eraseFromJournal(_ name: String, ids: Set<String>) -> (erased: Bool, note: String) {
    guard !ids.isEmpty else { return (false, Texts.Registers.nothingToErase.string) }
    // Every writer's turn: no event may be appended while the journal is rewritten. Readers go on.
    return withWriters(nil) { () -> (erased: Bool, note: String) in
    let state = Self.state(of: capturedLocked())
    do {
      let done = try journal.rewrite(
        keeping: { e in
          guard e.register == name, let id = e.data["id"]?.stringValue, ids.contains(id) else { return true }
          return e.data["removed"]?.boolValue == true
        }, finalState: state)
      if done { bookkeeping.withLock { $0.eventsSinceSnapshot = 0 } }
      return done
        ? (true, Texts.Registers.erasedFromJournal.string)
        : (false, Texts.Registers.noJournalFiles.string)
    } catch {
      return (false, Texts.Registers.compactionFailed("\(error)").string)
    }
    }
  }

  /// Writes a snapshot of every register now and returns when it is on disk (clean shutdown).
  /// A periodic snapshot still being written is finished first.
  func snapshot() {
    snapshotsInFlight.wait()
    withWriters(nil) {
      // A failed snapshot is logged by the store and costs nothing: the journal still holds every event.
      if (try? journal.snapshot(Self.state(of: capturedLocked()), throughSeq: nil)) != nil {  // logged by the store
        bookkeeping.withLock { $0.eventsSinceSnapshot = 0 }
      }
    }
  }

  /// Starts the periodic snapshot when `snapshotEvery` events have passed, without holding up
  /// writers or readers: in every writer's turn it only takes a copy of the registers
  /// (copy-on-write, so O(registers)) and the last sequence number; turning them into JSON and
  /// writing the file (seconds at 100k records) happens on a thread of its own. The first write to
  /// a register afterwards copies its storage once. A snapshot that fails (or is overtaken by a
  /// compaction) is simply not used: the journal still holds every event, and the next one is
  /// tried after another `snapshotEvery` events.
  private func startSnapshotIfDue() {
    let due = bookkeeping.withLock { b -> Bool in
      guard b.eventsSinceSnapshot >= snapshotEvery, !b.snapshotRunning else { return false }
      b.snapshotRunning = true
      b.eventsSinceSnapshot = 0
      return true
    }
    guard due else { return }
    let (captured, through) = withWriters(nil) { (capturedLocked(), bookkeeping.withLock { $0.lastSeq }) }
    snapshotsInFlight.enter()
    Thread.detachNewThread { [self] in
      try? journal.snapshot(Self.state(of: captured), throughSeq: through)  // logged by Store.writeSnapshot; journal keeps all
      bookkeeping.withLock { $0.snapshotRunning = false }
      snapshotsInFlight.leave()
    }
  }

  /// Returns when no periodic snapshot is being written.
  func waitForSnapshots() { snapshotsInFlight.wait() }

  /// Every register as it is now; called in every writer's turn, so the copies are one cut.
  private func capturedLocked() -> [String: Register] { cells.mapValues(\.forWriter) }

  private static func state(of registers: [String: Register]) -> JSONValue {
    ["registers": .object(JSONObject(registers.keys.sorted().map { ($0, registers[$0]?.snapshot ?? .null) }))]
  }

  static func storeFailure(_ error: any Error) -> RPCError {
    RPCError(
      code: .storeFailure, message: Texts.Registers.storeFailure.string,
      data: ["reason": .string(Texts.Registers.notSaved("\(error)").string)])
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

/// A journal that keeps nothing: for tests and `avgd serve --memory`. Tests may hand it events to
/// "recover" (records in an older stored shape), which it replays once at start like a store.
final class MemoryJournal: Journal, Sendable {
  /// The last sequence number handed out.
  private let seq: Mutex<UInt64>
  let recoveredEvents: [RegisterEvent]
  var recoveredSnapshot: JSONValue? { nil }
  /// An empty journal, or one that starts from `events` (numbered from 1 in order).
  init(recovered events: [RegisterEvent] = []) {
    recoveredEvents = events
    seq = Mutex(events.last?.seq ?? 0)
  }
  func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
    seq.withLock { s in
      s += 1
      return s
    }
  }
  func waitDurable(_ seq: UInt64) throws {}
  func requestDurable(_ seq: UInt64) {}
  func verify() -> JSONValue? { nil }
  func backup(to destination: String) throws { throw StoreError(.invalidArgument, Texts.Registers.noStoreToBackUp) }
  func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {}
  func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool { false }
  func info() -> JSONValue { ["kind": "memory", "lastSeq": .int(Int(seq.withLock { $0 }))] }
  func close() {}
}
