import Foundation
import Synchronization
import JSON
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Snapshots and compaction. Both are serialised by `snapshotLock`; compaction also holds `cond`
/// for its whole run, so no append can slip between reading the old journal and switching files.
extension Store {
  /// Writes `state` (the service's state after event `throughSeq`) as `snapshot.json` atomically:
  /// temp file, fsync, rename, fsync directory. The journal is made durable through `throughSeq`
  /// first, so a snapshot never refers to events a crash could lose. Recovery then replays only the
  /// journal after the snapshot. The journal keeps the older lines (one file; see store-format.md).
  /// A failed snapshot is logged here (periodic and shutdown snapshots are not in a caller's reply),
  /// and the journal keeps every event, so nothing is lost by it. After the snapshot, `head.json` is
  /// written at the durable end.
  public func writeSnapshot(state: JSONValue, throughSeq: UInt64) throws(StoreError) {
    try snapshotLock.withLock { _ throws(StoreError) in
      do throws(StoreError) {
        try writeSnapshotHoldingLock(state: state, throughSeq: throughSeq)
      } catch {
        log(Texts.StoreLog.snapshotNotWritten(throughSeq, error.text).logLine)
        throw error
      }
      writeHeadHoldingSnapshotLock()
    }
  }

  private func writeSnapshotHoldingLock(state: JSONValue, throughSeq: UInt64) throws(StoreError) {
    cond.lock()
    let mark = marks.first { $0.seq == throughSeq }
    let failed = closed ? StoreError(.closed, Texts.StoreRecovery.closed) : failure
    cond.unlock()
    if let failed { throw failed }
    guard let mark else {
      throw StoreError(.invalidArgument, Texts.StoreRecovery.snapshotNotPossible(throughSeq), seq: throughSeq)
    }
    try waitDurable(throughSeq)
    let snap = SnapshotFile(seq: throughSeq, at: FileIO.now(), lastHash: mark.hash, journalOffset: mark.end,
      journalEvents: mark.count, state: state)
    let bytes = snap.encode()
    try FileIO.replace(directory, StoreFiles.snapshot, bytes, sync: options.fsync)
    cond.lock()
    snapshotSeq = throughSeq
    snapshotAt = snap.at
    snapshotBytes = bytes.count
    marks.removeAll { $0.seq < throughSeq }
    cond.unlock()
    log(Texts.StoreLog.snapshotWritten(throughSeq, bytes: bytes.count).logLine)
  }

  /// Compaction for erasure (AVG art. 17) and retention: every event is passed to `transform`, which
  /// returns it (maybe changed) or nil to drop it. A new journal with the kept events (original seqs),
  /// re-chained from the old chain's final hash, plus a `store.compacted` marker event, and a new
  /// snapshot of `finalState` at the marker, are written to new files and switched in; the old journal
  /// and snapshot are gone afterwards, and `*.damaged-*` copies are deleted (logged), so no file in the
  /// store keeps the removed data. Commit point: the snapshot rename (recovery finishes or undoes the rest).
  /// A failed compaction is logged (an erasure that did not happen must not go unnoticed).
  public func rewrite(_ transform: (StoredEvent) -> EventDraft?, finalState: JSONValue) throws(StoreError) {
    try snapshotLock.withLock { _ throws(StoreError) in
      cond.lock()
      defer { cond.unlock() }
      do throws(StoreError) {
        try rewriteLocked(transform, finalState: finalState)
      } catch {
        log(Texts.StoreLog.compactionFailed(error.text).logLine)
        throw error
      }
    }
  }

  private func rewriteLocked(_ transform: (StoredEvent) -> EventDraft?, finalState: JSONValue) throws(StoreError) {
    if closed { throw StoreError(.closed, Texts.StoreRecovery.closed) }
    if let failure { throw failure }
    try syncLocked()
    let old = try FileIO.read(fd, from: 0, to: size, file: StoreFiles.journal)
    let scan = JournalScan(old, base: 0, expectPrev: nil, afterSeq: 0, collect: true)
    if let p = scan.problem {
      throw StoreError(.damaged, Texts.StoreRecovery.cannotCompactDamaged(p.reason),
        file: StoreFiles.journal, offset: p.offset, seq: p.seq)
    }
    var out: [UInt8] = []
    var prev = lastHash
    var kept = 0, changed = 0
    for e in scan.events {
      guard let d = transform(e) else { continue }
      if d != e.draft { changed += 1 }
      let (line, hash) = JournalRecord.encode(seq: e.seq, draft: d, prev: prev)
      out.append(contentsOf: line)
      prev = hash
      kept += 1
    }
    let markerSeq = lastSeq + 1
    let marker = EventDraft(type: "store.compacted", actor: "avgd", at: FileIO.now(), data: [
      "previousFinalHash": .string(lastHash), "previousLastSeq": .number(JSONNumber(uncheckedText: String(lastSeq))),
      "previousEvents": .int(scan.count), "kept": .int(kept), "removed": .int(scan.count - kept), "changed": .int(changed),
    ])
    let (markerLine, markerHash) = JournalRecord.encode(seq: markerSeq, draft: marker, prev: prev)
    out.append(contentsOf: markerLine)
    let next = directory + "/" + StoreFiles.nextJournal, path = directory + "/" + StoreFiles.journal
    unlink(next)
    try FileIO.create(next, out, sync: options.fsync)
    StoreFailpoint.hit(.compactionBeforeCommit)
    let snap = SnapshotFile(seq: markerSeq, at: marker.at, lastHash: markerHash, journalOffset: out.count,
      journalEvents: kept + 1, state: finalState)
    let snapBytes = snap.encode()
    do throws(StoreError) {
      try FileIO.replace(directory, StoreFiles.snapshot, snapBytes, sync: options.fsync)  // commit point
    } catch {
      unlink(next)
      throw error
    }
    let newFd: Int32
    do throws(StoreError) {
      try FileIO.move(next, path, dir: directory, sync: options.fsync)
      newFd = try FileIO.open(path, flags: O_RDWR | O_APPEND)
    } catch {
      let stopped = StoreError(.io, Texts.StoreRecovery.switchFailed(error.text))
      failure = stopped
      throw stopped
    }
    fsyncLock.withLock { _ in
      Glibc.close(fd)
      fd = newFd
    }
    size = out.count
    lastSeq = markerSeq
    lastHash = markerHash
    eventCount = kept + 1
    durableSeq = markerSeq
    marks = [Mark(seq: markerSeq, end: out.count, hash: markerHash, count: kept + 1)]
    snapshotSeq = markerSeq
    snapshotAt = snap.at
    snapshotBytes = snapBytes.count
    do throws(StoreError) {
      try HeadFile.write(directory, seq: markerSeq, hash: markerHash, sync: options.fsync)
      headSeq = markerSeq
      headHash = markerHash
    } catch {
      log(Texts.StoreLog.headNotWrittenAfterCompaction(error.text).logLine)
    }
    do throws(StoreError) {
      for name in try StoreFiles.names(directory) where name.contains(".damaged-") {
        unlink(directory + "/" + name)
        log(Texts.StoreLog.compactionDeleted(name).logLine)
      }
    } catch {
      log(Texts.StoreLog.damagedCopiesNotChecked(error.text).logLine)
    }
    log(Texts.StoreLog.compacted(kept: kept, removed: scan.count - kept, changed: changed, marker: markerSeq).logLine)
  }

  /// A consistent copy of the live store (snapshot + journal, and a head at the copied end) into
  /// `destination`, checked by `BackupDestination` before anything changes: new or empty, ours,
  /// outside the store; only new directories are created (0700). Appends wait while the files are
  /// copied; the copies are fsynced, mode 0600.
  public func backup(to destination: String) throws(StoreError) {
    try snapshotLock.withLock { _ throws(StoreError) in try backupHoldingSnapshotLock(to: destination) }
  }

  private func backupHoldingSnapshotLock(to destination: String) throws(StoreError) {
    cond.lock()
    defer { cond.unlock() }
    if closed { throw StoreError(.closed, Texts.StoreRecovery.closed) }
    if let failure { throw failure }
    try BackupDestination.prepare(destination, store: directory)
    try syncLocked()
    if let snap = try FileIO.readFile(directory + "/" + StoreFiles.snapshot) {
      try FileIO.create(destination + "/" + StoreFiles.snapshot, snap, sync: true)
    }
    let journal = try FileIO.read(fd, from: 0, to: size, file: StoreFiles.journal)
    try FileIO.create(destination + "/" + StoreFiles.journal, journal, sync: true)
    let head = HeadFile(seq: lastSeq, lastHash: lastHash, at: FileIO.now())
    try FileIO.create(destination + "/" + StoreFiles.head, head.encode(), sync: true)
    try FileIO.syncDirectory(destination)
    log(Texts.StoreLog.backupWritten(lastSeq, to: destination).logLine)
  }
}
