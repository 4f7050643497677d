import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// What `Store.repair` did, and the store's health afterwards.
public struct RepairReport: Sendable {
  /// Each change made, in plain words in both languages (also sent to the log).
  public var actions: [Text]
  /// Names of the copies kept of damaged files (`*.damaged-<time>`), for investigation.
  public var keptCopies: [String]
  /// The offline check after repairing.
  public var after: VerifyReport
  /// True when something was changed.
  public var changed: Bool { !actions.isEmpty }
}

extension Store {
  /// The explicit, logged way out of damage that `open` refuses. Takes the owner lock (so avgd must be
  /// stopped), keeps a copy of every file it changes as `<name>.damaged-<UTC time>`, and then:
  /// - journal damaged after the snapshot: truncates at the first damaged line (later events are lost,
  ///   they remain in the copy);
  /// - journal missing, shorter than the snapshot, damaged inside the history the snapshot covers, or not
  ///   matching it: starts a new, empty journal chained to the snapshot (the old one stays as the copy);
  /// - snapshot corrupt: set aside only when the journal is intact from the genesis line (replay rebuilds
  ///   the state); otherwise refuses, because the state cannot be rebuilt — restore from a backup.
  public static func repair(directory: String, log: @escaping @Sendable (String) -> Void) throws(StoreError) -> RepairReport {
    try StoreFiles.prepare(directory, create: false, log: log)
    let lock = try StoreLock.acquire(directory)
    defer { lock.release() }
    var actions: [Text] = [], copies: [String] = []
    func act(_ t: Text) { actions.append(t); log(Texts.StoreLog.repaired(t).logLine) }
    if let note = try Recovery.finishRewrite(directory, sync: true) { act(note) }
    let stamp = FileIO.fileStamp()
    let journalPath = directory + "/" + StoreFiles.journal
    var bytes = try FileIO.readFile(journalPath)
    let scan = bytes.map { JournalScan($0, base: 0, expectPrev: nil, afterSeq: 0, collect: true) }
    var snapshot: SnapshotFile?
    do throws(StoreError) {
      snapshot = try SnapshotFile.load(directory)
    } catch {
      guard error.kind == .damaged else { throw error }
      guard let scan, scan.firstPrev ?? JournalRecord.zeroHash == JournalRecord.zeroHash,
        scan.problem == nil || scan.problem?.isFinalLine == true
      else {
        throw StoreError(.damaged, Texts.StoreVerify.snapshotUnrebuildable, file: StoreFiles.snapshot)
      }
      let copy = StoreFiles.snapshot + ".damaged-" + stamp
      try FileIO.move(directory + "/" + StoreFiles.snapshot, directory + "/" + copy, dir: directory, sync: true)
      copies.append(copy)
      act(Texts.StoreVerify.snapshotSetAside(copy))
    }
    if snapshot == nil, let bytes, let error = Recovery.compactedWithoutSnapshot(bytes) { throw error }
    if let s = snapshot, !journalMatches(s, scan: scan, size: bytes?.count) {
      if bytes != nil {
        let copy = StoreFiles.journal + ".damaged-" + stamp
        try FileIO.move(journalPath, directory + "/" + copy, dir: directory, sync: true)
        copies.append(copy)
        act(Texts.StoreVerify.journalSetAside(copy, seq: s.seq))
      }
      try FileIO.create(journalPath, [], sync: true)
      var fresh = s
      fresh.journalOffset = 0
      fresh.journalEvents = 0
      try FileIO.replace(directory, StoreFiles.snapshot, fresh.encode(), sync: true)
      act(Texts.StoreVerify.newJournal(seq: s.seq))
      bytes = nil
    } else if let scan, let p = scan.problem, !p.newer {
      let copy = StoreFiles.journal + ".damaged-" + stamp
      try FileIO.create(directory + "/" + copy, bytes ?? [], sync: true)
      copies.append(copy)
      guard truncate(journalPath, off_t(p.offset)) == 0 else { throw .posix(Texts.StoreFiles.cannotTruncate, file: journalPath) }
      let fd = try FileIO.open(journalPath, flags: O_RDWR)
      defer { Glibc.close(fd) }
      try FileIO.sync(fd, file: journalPath)
      act(Texts.StoreVerify.journalCut(offset: p.offset, seq: p.seq, reason: p.reason, copy: copy))
    }
    try reconcileHead(directory, snapshot: snapshot, stamp: stamp, act: act, copies: &copies)
    try FileIO.syncDirectory(directory)
    return RepairReport(actions: actions, keptCopies: copies, after: Store.verify(directory: directory))
  }

  /// After the journal was repaired: when `head.json` names a durable end the journal no longer
  /// reaches (or a line it no longer holds), the loss is accepted explicitly: the old head is kept as
  /// a copy and a new one is written at the journal's end, so the store opens again.
  private static func reconcileHead(_ dir: String, snapshot: SnapshotFile?, stamp: String, act: (Text) -> Void,
    copies: inout [String]) throws(StoreError)
  {
    let head: HeadFile?
    do throws(StoreError) { head = try HeadFile.load(dir) } catch {
      guard error.kind == .damaged else { throw error }
      head = HeadFile(seq: .max, lastHash: JournalRecord.zeroHash, at: "?")
    }
    guard let head else { return }
    let bytes = try FileIO.readFile(dir + "/" + StoreFiles.journal) ?? []
    let scan = JournalScan(bytes, base: 0, expectPrev: nil, afterSeq: 0, collect: true)
    var endSeq = scan.lastSeq, endHash = scan.lastHash
    if scan.count == 0 { endSeq = snapshot?.seq ?? 0; endHash = snapshot?.lastHash ?? JournalRecord.zeroHash }
    guard head.problem(lastSeq: endSeq, events: scan.events, snapshotSeq: snapshot?.seq ?? 0,
      snapshotHash: snapshot?.lastHash) != nil
    else { return }
    let copy = StoreFiles.head + ".damaged-" + stamp
    if FileIO.exists(dir + "/" + StoreFiles.head) {
      try FileIO.move(dir + "/" + StoreFiles.head, dir + "/" + copy, dir: dir, sync: true)
      copies.append(copy)
    }
    try HeadFile.write(dir, seq: endSeq, hash: endHash, sync: true)
    act(Texts.StoreVerify.headReset(headSeq: head.seq == .max ? "?" : String(head.seq), endSeq: endSeq, copy: copy))
  }

  /// True when the journal exists, is long enough, is intact up to the snapshot's offset, and continues
  /// the snapshot's chain there.
  private static func journalMatches(_ s: SnapshotFile, scan: JournalScan?, size: Int?) -> Bool {
    guard let scan, let size, size >= s.journalOffset else { return false }
    if let p = scan.problem, p.offset < s.journalOffset { return false }
    if s.journalOffset == 0 { return scan.events.first.map { $0.prev == s.lastHash } ?? true }
    guard let k = scan.ends.firstIndex(of: s.journalOffset) else { return false }
    return scan.events[k].seq == s.seq && scan.events[k].hash == s.lastHash
  }
}
