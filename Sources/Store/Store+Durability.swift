import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Group commit: writers append under the lock and then wait; one flusher thread syncs everything
/// written so far with a single fdatasync and wakes all writers it covered.
extension Store {
  /// Returns once an fdatasync covering `seq` has completed, so the service may acknowledge it.
  /// After an fsync failure the store stops (the kernel may have dropped the dirty pages, so a retry
  /// could falsely succeed); every waiter and later append gets the error and avgd must restart.
  public func waitDurable(_ seq: UInt64) throws(StoreError) {
    cond.lock()
    defer { cond.unlock() }
    guard seq <= lastSeq else {
      throw StoreError(.invalidArgument, "seq \(seq) has not been appended (last is \(lastSeq))", seq: seq)
    }
    guard options.fsync else { return }
    while durableSeq < seq {
      if let failure { throw failure }
      if closed { throw StoreError(.closed, "the store was closed before seq \(seq) was durable", seq: seq) }
      if requestedSeq < seq {
        requestedSeq = seq
        cond.broadcast()
      }
      cond.wait()
    }
  }

  /// Asks the flusher to make `seq` durable without waiting for it (the service's audit events of
  /// reads: the reply need not wait for the disk, and the next group commit covers them in order).
  public func requestDurable(_ seq: UInt64) {
    cond.lock()
    defer { cond.unlock() }
    guard options.fsync, seq <= lastSeq, requestedSeq < seq else { return }
    requestedSeq = seq
    cond.broadcast()
  }

  /// The flusher thread's loop; runs until `close`, finishing any outstanding request first.
  func flushLoop() {
    cond.lock()
    while true {
      while requestedSeq <= durableSeq && !closed || failure != nil && !closed { cond.wait() }
      if closed && (requestedSeq <= durableSeq || failure != nil) { break }
      let target = lastSeq
      cond.unlock()
      fsyncLock.lock()
      let rc = fdatasync(fd)
      let code = errno
      fsyncLock.unlock()
      cond.lock()
      fsyncs += 1
      if rc == 0 {
        durableSeq = max(durableSeq, target)
      } else {
        failure = StoreError.posix("fsync of the journal failed; the store stopped accepting writes", file: StoreFiles.journal, errno: code)
        log("store: \(failure.map { "\($0)" } ?? "")")
      }
      cond.broadcast()
    }
    flusherDone = true
    cond.broadcast()
    cond.unlock()
  }

  /// Syncs the journal now under the lock (used before snapshots, backups and compaction).
  func syncLocked() throws(StoreError) {
    guard options.fsync else { return }
    fsyncLock.lock()
    defer { fsyncLock.unlock() }
    guard fdatasync(fd) == 0 else { throw .posix("fsync of the journal failed", file: StoreFiles.journal) }
    fsyncs += 1
    durableSeq = lastSeq
  }
}
