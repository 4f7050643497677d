import JSON
import JSONRPC
import Registers
import Rules
import Synchronization

/// Removing records so that no file keeps them (AVG art. 5(1)(e), 17), the one way every removal
/// goes: a retention purge (`retention.purge`, `complaints.purge`) and the deletion of a breach's
/// affected-people list after the art. 34 notice (rules.md §3.5). The erasure is promised durably
/// before anything is removed (`erasure.pending`, Ledger+Erasure.swift), so a crash between the
/// removal and the compaction cannot leave the data on disk for good: start-up finishes it.
enum Erasure {
  /// One removal at a time, across registers: a removal that removes nothing withdraws the
  /// promise, which must not happen while another removal of the same register is between its
  /// removal and its erasure.
  private static let turn = Mutex<Void>(())

  /// Promises the erasure of `register`, removes what `removal` returns (one accountability event
  /// each), then erases every record ever removed from `register` from the journal files and
  /// withdraws the promise. `erased` is nil when nothing was removed and nothing was owed.
  static func removeAndErase(
    _ service: AvgdService, register: String, actor: String,
    _ removal: (Register) throws(RegisterError) -> [RegisterChange]
  ) throws(RPCError) -> (removed: [RegisterChange], erased: (erased: Bool, note: String)?) {
    try turn.withLock { _ throws(RPCError) -> (removed: [RegisterChange], erased: (erased: Bool, note: String)?) in
      let promises = service.journal as? any ErasureJournal
      let owed = promises?.pendingErasures.contains(register) ?? false
      do { try promises?.markErasurePending(register) } catch { throw Ledger.storeFailure(error) }
      let removed = try service.ledger.writeAll(register, actor: actor, at: Amsterdam.format(service.nowInstant), removal)
      // Every record ever removed is erased, so a compaction that failed before is made good now.
      guard !removed.isEmpty || owed else {
        do { try promises?.clearErasurePending(register) } catch { throw Ledger.storeFailure(error) }
        return (removed, nil)
      }
      let erased = service.ledger.keepErasurePromise(register, journal: service.journal, alsoErasing: Set(removed.map(\.id)))
      return (removed, erased)
    }
  }
}
