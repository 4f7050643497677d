import Foundation
import JSON
import Synchronization
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// The durable, tamper-evident event journal of one avgd store directory (format: Protocol/store-format.md).
///
/// The service validates a command under its own lock, calls `append` (write(2), not yet durable),
/// applies the event, and replies after `waitDurable`. A dedicated flusher thread turns many waiting
/// writers into one fdatasync (group commit). All mutable state below is guarded by `cond`; the journal
/// fd is swapped only while holding both `cond` and `fsyncLock`, so the flusher never syncs a closed fd.
///
/// `@unchecked Sendable`: every `var` below is read and written only with `cond` held (the flusher
/// reads `fd` for its fdatasync holding `fsyncLock` instead, which every fd swap also holds);
/// `snapshotLock` serialises snapshot, compaction, backup, erasure intents and head writes; the
/// `let`s are immutable.
public final class Store: @unchecked Sendable {
  /// Position of one event in the journal, kept for events since the last snapshot so `writeSnapshot`
  /// can anchor a snapshot at any of them without reading the file.
  struct Mark { var seq: UInt64; var end: Int; var hash: String; var count: Int }

  /// The store directory.
  public let directory: String
  /// Options given to `open`.
  public let options: StoreOptions
  /// The snapshot and events found at open, for the service to replay.
  public let recovered: RecoveredState
  /// Where warnings and actions go (the daemon's log).
  let log: @Sendable (String) -> Void
  /// The owner lock, held until `close`.
  let lock: StoreLock
  /// Guards all mutable state below and wakes durability waiters.
  let cond = NSCondition()
  /// Wakes the flusher when a higher seq is requested (or the store closes). Writers wait on
  /// `cond`, which only the flusher's completed fdatasync (and close) broadcasts: if writers also
  /// broadcast their requests on `cond`, every new writer would wake every waiting one, and with
  /// 32 clients the wake-ups outnumber the writes (the group commit collapsed at 32 clients).
  let flushRequests = DispatchSemaphore(value: 0)
  /// Held around fdatasync and fd swaps, so the flusher never syncs a closed descriptor. Writers
  /// never take it: they append under `cond` while the flusher syncs under this lock alone.
  let fsyncLock = Mutex<Void>(())
  /// Serialises snapshot, compaction, backup, erasure intents and `head.json` writes.
  let snapshotLock = Mutex<Void>(())
  /// The open journal (O_APPEND).
  var fd: Int32
  /// Journal size in bytes: where the next line goes, and where a failed write is cut back to.
  var size: Int
  /// Seq of the last written line.
  var lastSeq: UInt64
  /// Hash of the last written line: the next line's `prev`.
  var lastHash: String
  /// Lines in the journal.
  var eventCount: Int
  /// Highest seq covered by a completed fdatasync.
  var durableSeq: UInt64
  /// Highest seq a writer is waiting for.
  var requestedSeq: UInt64 = 0
  /// Writers waiting in `waitDurable`, each woken by `releaseWaitersLocked`.
  var waiters: [DurabilityWaiter] = []
  /// Sticky failure (fsync failed, or a failed write could not be undone): no more writes.
  var failure: StoreError?
  /// Set by `close`.
  var closed = false
  /// Set by the flusher thread when it exits.
  var flusherDone = false
  /// Positions of the snapshot's event and of every event after it.
  var marks: [Mark]
  /// Seq of the latest snapshot (0 without one).
  var snapshotSeq: UInt64
  /// When the latest snapshot was written.
  var snapshotAt: String?
  /// Size of snapshot.json.
  var snapshotBytes: Int
  /// fdatasync calls made on the journal.
  var fsyncs = 0
  /// The position last written to `head.json` (seq 0 and nil hash: none yet).
  var headSeq: UInt64
  /// The hash last written to `head.json`.
  var headHash: String?
  /// When `head.json` was last written (monotonic nanoseconds), so the flusher rewrites it at least every `headInterval`.
  var headWrittenAt: UInt64 = DispatchTime.now().uptimeNanoseconds
  /// Set after a failed head write was logged, so a lasting failure is logged once.
  var headFailureLogged = false
  /// Registers whose erasure was promised and not yet finished (`erasure.pending`).
  var erasures: [String]

  /// Opens (creating if needed) the store in `directory`: checks permissions, takes the owner lock,
  /// and recovers. Throws `.locked(pid)` when another process owns it, `.damaged` when recovery would
  /// have to skip or guess, `.newerFormat` for files from a newer avgd, `.permissions` for an unsafe dir.
  public static func open(directory: String, options: StoreOptions = .init(),
    log: @escaping @Sendable (String) -> Void = { _ in }) throws(StoreError) -> Store
  {
    signal(SIGXFSZ, SIG_IGN)  // hitting RLIMIT_FSIZE must be an EFBIG error we can undo, not death
    try StoreFiles.prepare(directory, create: true, log: log)
    try StoreFileSystem.check(directory, allowed: options.allowNetworkFileSystem, log: log)
    let lock = try StoreLock.acquire(directory)
    let r: Recovery
    do { r = try Recovery.run(directory, options: options, log: log) } catch { lock.release(); throw error }
    return Store(directory: directory, options: options, log: log, lock: lock, r: r)
  }

  private init(directory: String, options: StoreOptions, log: @escaping @Sendable (String) -> Void, lock: StoreLock,
    r: Recovery)
  {
    self.directory = directory
    self.options = options
    self.log = log
    self.lock = lock
    self.recovered = r.state
    fd = r.fd
    size = r.size
    lastSeq = r.lastSeq
    lastHash = r.lastHash
    eventCount = r.eventCount
    durableSeq = r.lastSeq
    snapshotSeq = r.snapshot?.seq ?? 0
    snapshotAt = r.snapshot?.at
    snapshotBytes = r.snapshotBytes
    headSeq = r.head?.seq ?? 0
    headHash = r.head?.lastHash
    erasures = r.state.pendingErasures
    let base = Mark(seq: snapshotSeq, end: r.snapshot?.journalOffset ?? 0,
      hash: r.snapshot?.lastHash ?? JournalRecord.zeroHash, count: r.snapshot?.journalEvents ?? 0)
    marks = [base]
    for (k, e) in r.state.events.enumerated() {
      marks.append(Mark(seq: e.seq, end: r.ends[k], hash: e.hash, count: base.count + k + 1))
    }
    let thread = Thread { [self] in flushLoop() }
    thread.name = "avgd-store-flusher"
    thread.start()
  }

  /// Appends one event: assigns the next seq, chains it, and writes the line with write(2).
  /// Not durable until `waitDurable(seq)` returns. On a write error the partial bytes are truncated
  /// away, so the journal stays clean and later appends can succeed once space returns.
  public func append(_ draft: EventDraft) throws(StoreError) -> StoredEvent {
    cond.lock()
    defer { cond.unlock() }
    if closed { throw StoreError(.closed, Texts.StoreRecovery.closed) }
    if let failure { throw failure }
    let seq = lastSeq + 1
    let prev = lastHash
    let (line, hash) = JournalRecord.encode(seq: seq, draft: draft, prev: lastHash)
    do {
      try FileIO.writeAll(fd, line, file: StoreFiles.journal)
    } catch {
      if ftruncate(fd, off_t(size)) != 0 {
        failure = StoreError(.io, Texts.StoreRecovery.writeNotUndone, file: StoreFiles.journal, offset: size, seq: seq)
      }
      var e = error
      e.seq = seq
      e.offset = size
      log(Texts.StoreLog.appendUndone(seq, e.text).logLine)
      throw e
    }
    size += line.count
    lastSeq = seq
    lastHash = hash
    eventCount += 1
    marks.append(Mark(seq: seq, end: size, hash: hash, count: eventCount))
    return StoredEvent(seq: seq, at: draft.at, actor: draft.actor, type: draft.type, data: draft.data,
      prev: prev, hash: hash)
  }

  /// Last seq written (not necessarily durable).
  public var lastWrittenSeq: UInt64 { cond.lock(); defer { cond.unlock() }; return lastSeq }

  /// Events appended since the last snapshot; the service snapshots when this reaches `options.snapshotEvery`.
  public var eventsSinceSnapshot: Int { cond.lock(); defer { cond.unlock() }; return marks.count - 1 }

  /// True when the service should call `writeSnapshot` now.
  public var snapshotDue: Bool { eventsSinceSnapshot >= options.snapshotEvery }

  /// How many fdatasync calls the flusher made; with group commit this stays below the number of appends.
  public var fsyncCount: Int { cond.lock(); defer { cond.unlock() }; return fsyncs }

  /// Files, sizes, event count, last seq and snapshot position, for `store.info` and `avgd store info`.
  public func info() -> JSONValue {
    cond.lock()
    defer { cond.unlock() }
    let snap: JSONValue = snapshotAt == nil ? .null
      : ["file": .string(StoreFiles.snapshot), "bytes": .int(snapshotBytes),
         "seq": .number(JSONNumber(uncheckedText: String(snapshotSeq))), "at": .optional(snapshotAt)]
    return [
      "directory": .string(directory), "formatVersion": .int(JournalRecord.version),
      "journal": ["file": .string(StoreFiles.journal), "bytes": .int(size)],
      "snapshot": snap, "events": .int(eventCount), "lastSeq": .number(JSONNumber(uncheckedText: String(lastSeq))),
      "durableSeq": .number(JSONNumber(uncheckedText: String(durableSeq))), "eventsSinceSnapshot": .int(marks.count - 1),
      "fsyncs": .int(fsyncs), "lastHash": .string(lastHash),
    ]
  }

  /// Flushes, stops the flusher, writes `head.json` at the journal's end, closes the journal and
  /// releases the lock. Idempotent.
  public func close() {
    snapshotLock.withLock { _ in closeHoldingSnapshotLock() }
  }

  private func closeHoldingSnapshotLock() {
    cond.lock()
    if closed { cond.unlock(); return }
    closed = true
    cond.broadcast()
    flushRequests.signal()
    while !flusherDone { cond.wait() }
    releaseWaitersLocked()
    fsyncLock.withLock { _ in
      if failure == nil, !options.fsync || fdatasync(fd) == 0, journalStillLinkedLocked(),
        lastSeq != headSeq || lastHash != headHash
      {
        do throws(StoreError) {
          try HeadFile.write(directory, seq: lastSeq, hash: lastHash, sync: options.fsync)
        } catch {
          log(Texts.StoreLog.headNotWrittenAtClose(error.text).logLine)
        }
      }
      Glibc.close(fd)
      fd = -1
    }
    cond.unlock()
    lock.release()
  }

  deinit { close() }
}
