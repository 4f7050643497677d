import Foundation
import Synchronization
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// `head.json` upkeep and the check that the store is still where it was opened. The head is the
/// durable end of the journal kept outside it (see `HeadFile`); it is written only while
/// `snapshotLock` is held, so a compaction (which re-chains the journal) never races a stale head.
extension Store {
  /// Seconds left before the head is due again (0: due now). Called with `cond` held.
  func headWait() -> Double {
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- headWrittenAt) / 1e9
    return max(0, options.headInterval - elapsed)
  }

  /// The last durable event: seq and hash. Called with `cond` held.
  func durablePositionLocked() -> (seq: UInt64, hash: String) {
    guard options.fsync, durableSeq < lastSeq else { return (lastSeq, lastHash) }
    // `marks` holds every event since the snapshot, and nothing before the snapshot is undurable.
    let mark = marks.last { $0.seq <= durableSeq } ?? marks[0]
    return (mark.seq, mark.hash)
  }

  /// Writes the head if the durable end moved on, unless a snapshot, compaction or backup holds
  /// `snapshotLock` (a snapshot writes the head itself; otherwise the next round does). Called by
  /// the flusher without `cond`.
  func refreshHead() {
    let written: Void? = snapshotLock.withLockIfAvailable { _ in writeHeadHoldingSnapshotLock() }
    guard written == nil else { return }
    cond.lock()
    headWrittenAt = DispatchTime.now().uptimeNanoseconds  // try again after an interval, not in a spin
    cond.unlock()
  }

  /// Writes `head.json` at the durable end when it differs from the last one written. The caller
  /// holds `snapshotLock` and not `cond`. A failure is logged once (until a write succeeds again) and
  /// retried after `headInterval`; it never stops the store: the journal itself is intact.
  func writeHeadHoldingSnapshotLock() {
    cond.lock()
    let pos = durablePositionLocked()
    guard !closed, failure == nil, pos.seq != headSeq || pos.hash != headHash else {
      headWrittenAt = DispatchTime.now().uptimeNanoseconds
      cond.unlock()
      return
    }
    cond.unlock()
    var problem: StoreError?
    do throws(StoreError) {
      try HeadFile.write(directory, seq: pos.seq, hash: pos.hash, sync: options.fsync)
    } catch {
      problem = error
    }
    cond.lock()
    headWrittenAt = DispatchTime.now().uptimeNanoseconds
    if problem == nil { headSeq = pos.seq; headHash = pos.hash }
    let logIt = problem != nil && !headFailureLogged
    headFailureLogged = problem != nil
    cond.unlock()
    if logIt, let problem { log(Texts.StoreLog.headNotWritten(problem.text).logLine) }
  }

  /// True while the open journal is still `journal.jsonl` in the store directory: it has a link,
  /// and the name in the directory is this very file. Called with `cond` held.
  func journalStillLinkedLocked() -> Bool {
    var open = stat(), named = stat()
    guard fd >= 0, fstat(fd, &open) == 0, open.st_nlink > 0,
      lstat(directory + "/" + StoreFiles.journal, &named) == 0
    else { return false }
    return open.st_ino == named.st_ino && open.st_dev == named.st_dev
  }

  /// The error that stops the store when its directory or journal was removed or replaced while it
  /// ran (an acknowledged write would be gone at the next start), nil while all is well. Called
  /// with `cond` held.
  func journalGoneLocked() -> StoreError? {
    guard !journalStillLinkedLocked() else { return nil }
    return StoreError(.io, Texts.StoreRecovery.storeGone(directory), file: StoreFiles.journal)
  }

  /// `store.verify` for the running store: first that the store is still where it was opened (a
  /// removed directory must not verify as an empty, healthy store), then `Store.verify(directory:)`.
  public func verifyRunning() -> VerifyReport {
    cond.lock()
    let gone = closed ? nil : journalGoneLocked()
    let events = eventCount, seq = lastSeq
    cond.unlock()
    guard let gone else { return Store.verify(directory: directory) }
    var report = VerifyReport(directory: directory)
    report.damage = gone
    report.events = events
    report.lastSeq = seq
    return report
  }
}
