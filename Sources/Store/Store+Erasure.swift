import Foundation
import Synchronization
import Wording

/// The erasure promise (`erasure.pending`, see `ErasureIntent`) and the backup destination check,
/// for the service: a purge marks its register before it removes anything and clears the mark
/// once the compaction that erases the data committed (AVG art. 17; Protocol/store-format.md).
extension Store {
  /// Registers whose erasure is promised and not yet finished (found at start-up or marked since).
  public var pendingErasures: [String] { cond.lock(); defer { cond.unlock() }; return erasures }

  /// Makes the promise to erase `register`'s purged data durable before the purge changes anything,
  /// so a crash before the compaction commits leaves the promise, and start-up keeps it.
  public func markErasurePending(_ register: String) throws(StoreError) {
    try changeErasures { $0.insert(register) }
  }

  /// Withdraws the promise for `register` after its compaction committed.
  public func clearErasurePending(_ register: String) throws(StoreError) {
    try changeErasures { $0.remove(register) }
  }

  private func changeErasures(_ change: (inout Set<String>) -> Void) throws(StoreError) {
    try snapshotLock.withLock { _ throws(StoreError) in try changeErasuresHoldingSnapshotLock(change) }
  }

  private func changeErasuresHoldingSnapshotLock(_ change: (inout Set<String>) -> Void) throws(StoreError) {
    cond.lock()
    var names = Set(erasures)
    let failed = closed ? StoreError(.closed, Texts.StoreRecovery.closed) : failure
    cond.unlock()
    if let failed { throw failed }
    change(&names)
    let intent = ErasureIntent(registers: names.sorted())
    guard intent.registers != pendingErasures else { return }
    try intent.save(directory, sync: options.fsync)
    cond.lock()
    erasures = intent.registers
    cond.unlock()
    log(Texts.StoreLog.erasuresPending(intent.registers).logLine)
  }

  /// Checks a backup destination's form and that it lies outside the store directory, without
  /// touching the disk (the service answers -32602 naming `destination` before copying anything).
  public static func checkBackupDestination(_ destination: String, storeDirectory: String) throws(StoreError) {
    try BackupDestination.check(destination, store: storeDirectory)
  }
}
