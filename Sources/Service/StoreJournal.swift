import JSON
import Registers
import Store

/// The ledger's journal on the file-backed store (Sources/Store): appends are journal lines,
/// durability is the store's group commit, snapshots are the store's atomic snapshot files.
final class StoreJournal: Journal, Sendable {
  /// The open store (this process holds its lock).
  let store: Store
  /// The registers as of the last snapshot, if there is one.
  let recoveredSnapshot: JSONValue?
  /// The events journaled after that snapshot, in order, to replay.
  let recoveredEvents: [RegisterEvent]

  /// Takes over `store` and what it recovered at open.
  init(store: Store) {
    self.store = store
    let r = store.recovered
    recoveredSnapshot = r.snapshot
    recoveredEvents = r.events.map {
      RegisterEvent(seq: $0.seq, at: $0.at, actor: $0.actor, type: $0.type, data: $0.data)
    }
  }

  func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
    try store.append(EventDraft(type: type, actor: actor, at: at, data: data)).seq
  }

  func waitDurable(_ seq: UInt64) throws { try store.waitDurable(seq) }

  func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {
    try store.writeSnapshot(state: state, throughSeq: throughSeq ?? store.lastWrittenSeq)
  }

  func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool {
    try store.rewrite(
      { e in keeping(RegisterEvent(seq: e.seq, at: e.at, actor: e.actor, type: e.type, data: e.data)) ? e.draft : nil },
      finalState: finalState)
    return true
  }
  func requestDurable(_ seq: UInt64) { store.requestDurable(seq) }

  func info() -> JSONValue { store.info() }

  func verify() -> JSONValue? { store.verifyRunning().json }

  func backup(to destination: String) throws { try store.backup(to: destination) }


  func close() { store.close() }
}
