import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// The single-owner lock: `avgd.lock` held with `flock(LOCK_EX|LOCK_NB)` and containing the owner's
/// pid. Two writers would interleave lines and fork the hash chain, so a second owner must fail at
/// once and say who holds the store. The kernel drops the lock when the owner dies, even by SIGKILL.
final class StoreLock {
  /// The open lock file; closing it releases the lock.
  private var fd: Int32

  private init(fd: Int32) { self.fd = fd }

  /// Takes the lock or throws `.locked(pid)` naming the holder.
  static func acquire(_ dir: String) throws(StoreError) -> StoreLock {
    let path = dir + "/" + StoreFiles.lock
    let fd = try FileIO.open(path, flags: O_RDWR, create: true)
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      let pid = holder(fd)
      Glibc.close(fd)
      guard code == EWOULDBLOCK else { throw .posix(Texts.StoreFiles.cannotLock, file: path, errno: code) }
      throw StoreError(.locked(pid: pid), Texts.StoreFiles.inUse(dir, pid: pid), file: StoreFiles.lock)
    }
    let text = Array("\(getpid())\n".utf8)
    if ftruncate(fd, 0) != 0 || pwrite(fd, text, text.count, 0) != text.count {
      let e = StoreError.posix(Texts.StoreFiles.cannotWritePid, file: path)
      Glibc.close(fd)
      throw e
    }
    return StoreLock(fd: fd)
  }

  /// The pid written in a lock file by its holder, 0 if unreadable.
  static func holder(_ fd: Int32) -> Int32 {
    // Unreadable: pid 0, "unknown", as documented; the flock is what keeps a second owner out, not the pid.
    let bytes = (try? FileIO.read(fd, from: 0, to: 32, file: StoreFiles.lock)) ?? []
    return Int32(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// The pid holding the lock in `dir`, or nil when nobody holds it (checked with a non-blocking probe).
  static func currentHolder(_ dir: String) -> Int32? {
    let fd = Glibc.open(dir + "/" + StoreFiles.lock, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { Glibc.close(fd) }
    if flock(fd, LOCK_SH | LOCK_NB) == 0 { flock(fd, LOCK_UN); return nil }
    return holder(fd)
  }

  /// Releases the lock (idempotent). The pid is left in the file; only the flock counts.
  ///
  /// Unlocked explicitly before the close: a child forked at that moment by another thread (a test
  /// process spawning binaries, a future helper process) holds a duplicate of the descriptor until
  /// its exec closes it (O_CLOEXEC), and a flock belongs to the shared open file, so a bare close
  /// would leave the store locked for that while and a quick reopen would be refused as "in use".
  func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    Glibc.close(fd)
    fd = -1
  }

  deinit { release() }
}

extension Store {
  /// The pid of the avgd that holds `directory`'s lock, or nil when none does: lets `avgd store
  /// backup` ask a running daemon for its consistent copy instead of reading files it is writing.
  public static func runningDaemonPID(directory: String) -> Int32? { StoreLock.currentHolder(directory) }
}
