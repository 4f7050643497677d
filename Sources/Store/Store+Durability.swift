import Foundation
import Synchronization
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Group commit: writers append under the lock and then wait; one flusher thread syncs everything
/// written so far with a single fdatasync and wakes all writers it covered. Writers ask the flusher
/// through `flushRequests`, never by waking each other.
extension Store {
  /// Returns once an fdatasync covering `seq` has completed, so the service may acknowledge it.
  /// After an fsync failure the store stops (the kernel may have dropped the dirty pages, so a retry
  /// could falsely succeed); every waiter and later append gets the error and avgd must restart.
  public func waitDurable(_ seq: UInt64) throws(StoreError) {
    cond.lock()
    guard seq <= lastSeq else {
      cond.unlock()
      throw StoreError(.invalidArgument, Texts.StoreRecovery.notAppended(seq, last: lastSeq), seq: seq)
    }
    guard options.fsync else {
      // Without fsync nothing waits for the disk, but a removed store must still stop acknowledging.
      if failure == nil, let gone = journalGoneLocked() { failure = gone; log(Texts.StoreLog.failure(gone.text).logLine) }
      let failed = failure
      cond.unlock()
      if let failed { throw failed }
      return
    }
    guard durableSeq < seq else { cond.unlock(); return }
    if let failure { cond.unlock(); throw failure }
    if closed {
      cond.unlock()
      throw StoreError(.closed, Texts.StoreRecovery.closedBeforeDurable(seq), seq: seq)
    }
    // Each writer sleeps on its own semaphore and is woken once, by whoever made its seq durable
    // (or failed): no herd of writers waking to re-check a shared condition after every fsync.
    let waiter = DurabilityWaiter(seq: seq)
    waiters.append(waiter)
    if requestedSeq < seq {
      requestedSeq = seq
      flushRequests.signal()
    }
    cond.unlock()
    waiter.woken.wait()
    if let error = waiter.error { throw error }
  }

  /// Wakes the waiters whose seq is now durable, and once the store failed or closed, the others
  /// with that error. Called with `cond` held.
  func releaseWaitersLocked() {
    guard !waiters.isEmpty else { return }
    let stop: StoreError? =
      failure ?? (closed ? StoreError(.closed, Texts.StoreRecovery.closedBeforeEventDurable) : nil)
    var kept: [DurabilityWaiter] = []
    for w in waiters {
      if w.seq > durableSeq {
        guard let stop else {
          kept.append(w)
          continue
        }
        w.error = stop
      }
      w.woken.signal()
    }
    waiters = kept
  }

  /// Asks the flusher to make `seq` durable without waiting for it (the service's audit events of
  /// reads: the reply need not wait for the disk, and the next group commit covers them in order).
  public func requestDurable(_ seq: UInt64) {
    cond.lock()
    defer { cond.unlock() }
    guard options.fsync, seq <= lastSeq, requestedSeq < seq else { return }
    requestedSeq = seq
    flushRequests.signal()
  }

  /// The flusher thread's loop; runs until `close`, finishing any outstanding request first.
  func flushLoop() {
    cond.lock()
    while true {
      while requestedSeq <= durableSeq && !closed || failure != nil && !closed {
        // Quiet, but head.json is behind the durable end: write it once the interval is over.
        let headBehind = failure == nil && durableSeq > headSeq
        cond.unlock()
        if !headBehind {
          flushRequests.wait()
        } else if flushRequests.wait(timeout: .now() + max(0.01, headWait())) == .timedOut {
          refreshHead()
        }
        cond.lock()
      }
      if closed && (requestedSeq <= durableSeq || failure != nil) { break }
      let target = lastSeq
      cond.unlock()
      // Only `fsyncLock` is held across the fdatasync: writers append under `cond` meanwhile.
      let (rc, code) = fsyncLock.withLock { _ in (fdatasync(fd), errno) }
      cond.lock()
      fsyncs += 1
      if rc == 0, let gone = journalGoneLocked() {
        failure = gone
        log(Texts.StoreLog.failure(gone.text).logLine)
      } else if rc == 0 {
        durableSeq = max(durableSeq, target)
      } else {
        let stopped = StoreError.posix(Texts.StoreFiles.journalFsyncFailedStopped, file: StoreFiles.journal, errno: code)
        failure = stopped
        log(Texts.StoreLog.failure(stopped.text).logLine)
      }
      releaseWaitersLocked()
      cond.broadcast()
      if failure == nil, durableSeq > headSeq, headWait() == 0 {
        cond.unlock()
        refreshHead()
        cond.lock()
      }
    }
    flusherDone = true
    cond.broadcast()
    cond.unlock()
  }

  /// Syncs the journal now under the lock (used before snapshots, backups and compaction).
  func syncLocked() throws(StoreError) {
    guard options.fsync else { return }
    let rc = fsyncLock.withLock { _ in fdatasync(fd) }
    guard rc == 0 else { throw .posix(Texts.StoreFiles.journalFsyncFailed, file: StoreFiles.journal) }
    fsyncs += 1
    durableSeq = lastSeq
    releaseWaitersLocked()
  }
}

/// One writer waiting for its event to be durable (`Store.waitDurable`).
final class DurabilityWaiter: @unchecked Sendable {
  // @unchecked: `error` is written only with the store's `cond` held (`releaseWaitersLocked`),
  // before `woken` is signalled, and read by the waiter only after `woken.wait()` returned, so the
  // semaphore orders the write before the read; `seq` and `woken` are constants.
  /// The event waited for.
  let seq: UInt64
  /// Signalled once, when `seq` is durable or the store failed or closed (`error` set first).
  let woken = DispatchSemaphore(value: 0)
  /// Why the event will not become durable; nil when it did.
  var error: StoreError?

  init(seq: UInt64) { self.seq = seq }
}
