import Registers
import Synchronization

/// One register in memory and the two locks that guard it (issue 13: reads beside writes).
///
/// - `writing` is held by a writer of this register from reading the state its command decides
///   on, through the journal append (`write(2)`), until the change is applied: writers of one
///   register take turns, so the journal's order is the order of application. Readers never take it.
/// - `access` guards `register` itself: readers share it; applying a change takes it alone, for
///   the microseconds `Register.apply` needs. A reader therefore never waits for a journal write,
///   a group-commit fsync, a compaction or a snapshot.
///
/// Several cells are only ever locked in the order of their names (`Ledger.withWriters`), so two
/// writers that need two registers cannot deadlock.
final class RegisterCell: @unchecked Sendable {
  // @unchecked: `register` is guarded as described above (changed only under `writing` plus
  // `access` exclusive; read under `access` shared, or under `writing` by the writer itself).
  /// Taken by writers of this register, in name order when several are needed.
  let writing = Mutex<Void>(())
  /// Shared by readers, exclusive while a change is applied.
  let access = ReadWriteLock()
  /// The register.
  private var register: Register

  /// A cell holding `register`.
  init(_ register: Register) { self.register = register }

  /// Runs `body` on the register, beside other readers.
  func read<T, E: Error>(_ body: (Register) throws(E) -> T) throws(E) -> T {
    try access.withReadLock { () throws(E) -> T in try body(register) }
  }

  /// The register as it is now, for the writer holding `writing` (no other thread can change it).
  var forWriter: Register { register }

  /// Applies a journaled event in place (the storage is uniquely referenced, so no copy is made).
  /// Called by the writer holding `writing`.
  func apply(_ event: RegisterEvent) {
    access.withWriteLock { register.apply(event) }
  }
}
