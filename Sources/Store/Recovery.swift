import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Start-up recovery: finish or undo an interrupted compaction, load the snapshot, check it is anchored
/// in the journal, and check and collect only the journal lines after it. A torn final line is cut with
/// a warning (it was never acknowledged); any other damage is refused with file, offset and seq.
struct Recovery {
  /// The open journal (O_APPEND).
  var fd: Int32
  /// Journal size after any cut.
  var size: Int
  /// The loaded snapshot, if any.
  var snapshot: SnapshotFile?
  /// Snapshot file size in bytes (0 without one).
  var snapshotBytes: Int
  /// What the service replays.
  var state: RecoveredState
  /// File offset just after each recovered event's line (parallel to `state.events`).
  var ends: [Int]
  /// The chain position at the end of the journal.
  var lastSeq: UInt64, lastHash: String, eventCount: Int
  /// `head.json` as found (nil: none yet).
  var head: HeadFile?

  /// Runs recovery for `dir`; the caller holds the lock.
  static func run(_ dir: String, options: StoreOptions, log: (String) -> Void) throws(StoreError) -> Recovery {
    var warnings: [Text] = []
    func warn(_ t: Text) { warnings.append(t); log(Texts.StoreLog.warning(t).logLine) }
    unlink(dir + "/" + StoreFiles.snapshot + ".tmp")
    if let note = try finishRewrite(dir, sync: options.fsync) { warn(note) }
    let snapshot = try SnapshotFile.load(dir)
    let head = try HeadFile.load(dir)
    let erasure = try ErasureIntent.load(dir)
    if !erasure.registers.isEmpty {
      warn(Texts.StoreRecovery.erasureToFinish(erasure.registers.joined(separator: ", ")))
    }
    let path = dir + "/" + StoreFiles.journal
    if !FileIO.exists(path) {
      if snapshot == nil, let head, head.seq > 0 {
        throw StoreError(.damaged, Texts.StoreRecovery.journalMissingHead(seq: head.seq), file: StoreFiles.journal, seq: head.seq)
      }
      if let s = snapshot {
        throw StoreError(.damaged, Texts.StoreRecovery.journalMissingSnapshot(seq: s.seq, at: s.at),
          file: StoreFiles.journal, seq: s.seq)
      }
      try FileIO.create(path, [], sync: options.fsync)
      try FileIO.syncDirectory(dir, enabled: options.fsync)
    }
    let fd = try FileIO.open(path, flags: O_RDWR | O_APPEND)
    do {
      var r = try scan(dir, fd: fd, snapshot: snapshot, head: head, sync: options.fsync, warn: warn)
      r.state.warnings = warnings
      r.state.pendingErasures = erasure.registers
      r.head = head
      r.snapshotBytes = snapshot == nil ? 0 : FileIO.fileSize(dir + "/" + StoreFiles.snapshot)
      return r
    } catch {
      close(fd)
      throw error
    }
  }

  private static func scan(_ dir: String, fd: Int32, snapshot: SnapshotFile?, head: HeadFile?, sync: Bool,
    warn: (Text) -> Void) throws(StoreError) -> Recovery
  {
    let file = StoreFiles.journal
    var size = FileIO.size(fd)
    let start = snapshot?.journalOffset ?? 0
    if let s = snapshot {
      guard size >= start else {
        throw StoreError(.damaged, Texts.StoreRecovery.journalShorterThanSnapshot(size: size, seq: s.seq, end: start),
          file: file, offset: size, seq: s.seq)
      }
      if start > 0 { try checkAnchor(fd: fd, snapshot: s) }
    }
    let bytes = try FileIO.read(fd, from: start, to: size, file: file)
    if snapshot == nil, let error = compactedWithoutSnapshot(bytes) { throw error }
    let scan = JournalScan(bytes, base: start, expectPrev: snapshot?.lastHash ?? JournalRecord.zeroHash,
      afterSeq: snapshot?.seq ?? 0, collect: true)
    if let p = scan.problem {
      if p.newer {
        throw StoreError(.newerFormat, Texts.StoreRecovery.inFile(file, p.reason), file: file, offset: p.offset, seq: p.seq)
      }
      guard p.isFinalLine else {
        throw StoreError(.damaged, Texts.StoreRecovery.damagedBeforeEnd(p.reason), file: file, offset: p.offset, seq: p.seq)
      }
      if let head, let lost = head.problem(lastSeq: scan.lastSeq, events: scan.events, snapshotSeq: snapshot?.seq ?? 0,
        snapshotHash: snapshot?.lastHash)
      {
        var e = lost
        e.offset = p.offset
        e.reason = Texts.StoreRecovery.because(e.reason, p.reason)
        throw e
      }
      let copy = try keepDamaged(dir, Array(bytes[(p.offset - start)...]), sync: sync)
      guard ftruncate(fd, off_t(p.offset)) == 0 else { throw .posix(Texts.StoreFiles.cannotCutTornLine, file: file) }
      try FileIO.sync(fd, file: file, enabled: sync)
      warn(Texts.StoreRecovery.tornLineCut(offset: p.offset, seq: p.seq, bytes: size - p.offset, reason: p.reason,
        headSeq: head?.seq, copy: copy))
      size = p.offset
    } else if let head, let lost = head.problem(lastSeq: scan.lastSeq, events: scan.events, snapshotSeq: snapshot?.seq ?? 0,
      snapshotHash: snapshot?.lastHash)
    {
      var e = lost
      e.offset = size
      throw e
    }
    let state = RecoveredState(snapshot: snapshot?.state, snapshotSeq: snapshot?.seq ?? 0, events: scan.events, warnings: [])
    return Recovery(fd: fd, size: size, snapshot: snapshot, snapshotBytes: 0, state: state, ends: scan.ends, lastSeq: scan.lastSeq,
      lastHash: scan.lastHash, eventCount: (snapshot?.journalEvents ?? 0) + scan.count, head: head)
  }

  /// Keeps bytes cut from the journal as `journal.jsonl.damaged-<UTC time>` (fsynced, 0600) and
  /// returns the name; a compaction deletes such copies with the rest of the erased data.
  static func keepDamaged(_ dir: String, _ bytes: [UInt8], sync: Bool) throws(StoreError) -> String {
    let base = StoreFiles.journal + ".damaged-" + FileIO.fileStamp()
    var name = base, n = 1
    while FileIO.exists(dir + "/" + name) {
      n += 1
      name = base + "-\(n)"
    }
    try FileIO.create(dir + "/" + name, bytes, sync: sync)
    try FileIO.syncDirectory(dir, enabled: sync)
    return name
  }

  /// The refusal for a journal that starts after a compaction (or a repair that restarted it) while
  /// `snapshot.json` is missing: its first line continues an earlier chain, so the state cannot be
  /// rebuilt from it, and `repair` cannot either. Start-up, `verify` and `repair` all give this one
  /// message. Nil when the journal is empty or starts a new chain.
  static func compactedWithoutSnapshot(_ journal: [UInt8]) -> StoreError? {
    guard let nl = journal.firstIndex(of: 0x0A), case .success(let first) = JournalRecord.decode(journal[..<nl]),
      first.prev != JournalRecord.zeroHash
    else { return nil }
    return StoreError(.damaged, Texts.StoreRecovery.compactedWithoutSnapshot(firstSeq: first.seq),
      file: StoreFiles.snapshot, seq: first.seq)
  }

  /// Checks that the journal line ending at the snapshot's offset is the snapshot's event.
  private static func checkAnchor(fd: Int32, snapshot s: SnapshotFile) throws(StoreError) {
    let end = s.journalOffset
    var window = 4096
    while true {
      let from = max(0, end - window)
      let bytes = try FileIO.read(fd, from: from, to: end, file: StoreFiles.journal)
      let body = bytes.dropLast()
      if let nl = body.lastIndex(of: 0x0A) ?? (from == 0 ? body.startIndex - 1 : nil) {
        let line = body[(nl + 1)...]
        guard bytes.last == 0x0A, case .success(let e) = JournalRecord.decode(line), e.seq == s.seq, e.hash == s.lastHash
        else {
          throw StoreError(.damaged, Texts.StoreRecovery.snapshotNotMatching(seq: s.seq, end: end),
            file: StoreFiles.journal, offset: from + nl + 1, seq: s.seq)
        }
        return
      }
      window *= 4
    }
  }

  /// Finishes (snapshot already switched) or discards (not yet) a compaction interrupted by a crash.
  static func finishRewrite(_ dir: String, sync: Bool) throws(StoreError) -> Text? {
    let next = dir + "/" + StoreFiles.nextJournal
    guard let bytes = try FileIO.readFile(next) else { return nil }
    let scan = JournalScan(bytes, base: 0, expectPrev: nil, afterSeq: 0, collect: false)
    // An unreadable snapshot cannot be the compaction's committed one: discard the new journal, and
    // the snapshot's own damage is reported by the load that follows (start-up, verify or repair).
    let snap = try? SnapshotFile.load(dir)
    if scan.problem == nil, let snap, snap.seq == scan.lastSeq, snap.lastHash == scan.lastHash {
      try FileIO.move(next, dir + "/" + StoreFiles.journal, dir: dir, sync: sync)
      return Texts.StoreRecovery.compactionFinished
    }
    unlink(next)
    try FileIO.syncDirectory(dir, enabled: sync)
    return Texts.StoreRecovery.compactionDiscarded
  }
}
