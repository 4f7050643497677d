import JSON
import JSONRPC
import Registers
import Store
import Wording

/// A journal that can promise an erasure durably before a purge changes anything (the store's
/// `erasure.pending`). A memory journal keeps no files, so it has nothing to promise.
protocol ErasureJournal: AnyObject {
  /// Registers whose erasure was promised and not finished (after a crash: found at start-up).
  var pendingErasures: [String] { get }
  /// Makes the promise for `register` durable.
  func markErasurePending(_ register: String) throws
  /// Withdraws the promise for `register` once its data is erased from the files.
  func clearErasurePending(_ register: String) throws
}

/// Erasure that completes (AVG art. 5(1)(e), 17): a purge promises the erasure before it removes
/// anything, and the promise is kept until the compaction committed. A crash in between leaves the
/// promise in the store, and start-up keeps it (Protocol/store-format.md, "Erasure after a crash").
extension Ledger {
  /// Every record ever purged from `name` (its removal lines), so an erasure that was interrupted
  /// or failed before is made good with the next one. Throws for a register the ledger does not
  /// hold (never "nothing purged": that would withdraw the promise with the data still on disk).
  func purgedIDs(_ name: String) throws(RPCError) -> Set<String> {
    try read(name) { r throws(RPCError) in Set(r.removals.compactMap { $0.change["id"]?.stringValue }) }
  }

  /// Erases the purged records of `name` from the journal files and withdraws the promise when that
  /// succeeded (or there is nothing to erase). A failed erasure keeps the promise: `store.verify`
  /// reports it and the next purge or start-up tries again. So does a register whose purged
  /// records cannot be read: `erased` is false and the note says why.
  func keepErasurePromise(_ name: String, journal: any Journal, alsoErasing extra: Set<String> = []) -> (erased: Bool, note: String) {
    let purged: Set<String>
    do { purged = try purgedIDs(name) } catch {
      return (false, Texts.Failures.purgedUnreadable(name, error.data?["reason"]?.stringValue ?? error.message).string)
    }
    let ids = purged.union(extra)
    let result = ids.isEmpty ? (erased: true, note: Texts.Registers.nothingToErase.string) : eraseFromJournal(name, ids: ids)
    if result.erased, let promises = journal as? any ErasureJournal {
      do { try promises.clearErasurePending(name) } catch {
        return (true, result.note + Texts.Registers.markNotCleared("\(error)").string)
      }
    }
    return result
  }

  /// Start-up: finishes every erasure promised before a crash, right after replay, before any
  /// request is served (the records were already removed; their earlier events are erased now).
  func finishPendingErasures(_ journal: any Journal) {
    guard let promises = journal as? any ErasureJournal else { return }
    for name in promises.pendingErasures { _ = keepErasurePromise(name, journal: journal) }
  }
}

/// The store keeps the promise in `erasure.pending` (Sources/Store/ErasureIntent.swift).
extension StoreJournal: ErasureJournal {
  /// The registers named in `erasure.pending`.
  var pendingErasures: [String] { store.pendingErasures }
  /// Adds `register` to `erasure.pending`, durably.
  func markErasurePending(_ register: String) throws { try store.markErasurePending(register) }
  /// Takes `register` off `erasure.pending`, durably.
  func clearErasurePending(_ register: String) throws { try store.clearErasurePending(register) }
}
