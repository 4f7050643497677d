#if canImport(Glibc)
  import Glibc
#endif

/// A readers–writer lock (POSIX `pthread_rwlock`) used only through `withReadLock` and
/// `withWriteLock`, never as lock/unlock pairs: readers of a register run side by side and are held
/// up only while a change is applied (microseconds), never while it is proposed or journaled
/// (issue 13: reads beside writes). Writers are preferred so a stream of reads cannot starve them.
final class ReadWriteLock: @unchecked Sendable {
  // @unchecked: the pthread lock is the synchronisation itself; it lives at a fixed address
  // allocated here and freed in deinit, and is only touched through the two methods below.
  private let lock: UnsafeMutablePointer<pthread_rwlock_t>

  /// A new, unlocked lock.
  init() {
    lock = .allocate(capacity: 1)
    var attr = pthread_rwlockattr_t()
    pthread_rwlockattr_init(&attr)
    pthread_rwlockattr_setkind_np(&attr, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
    pthread_rwlock_init(lock, &attr)
    pthread_rwlockattr_destroy(&attr)
  }

  deinit {
    pthread_rwlock_destroy(lock)
    lock.deallocate()
  }

  /// Runs `body` holding the lock shared with other readers.
  func withReadLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    pthread_rwlock_rdlock(lock)
    defer { pthread_rwlock_unlock(lock) }
    return try body()
  }

  /// Runs `body` holding the lock alone.
  func withWriteLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    pthread_rwlock_wrlock(lock)
    defer { pthread_rwlock_unlock(lock) }
    return try body()
  }
}
