import Foundation
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// Thin POSIX file helpers with `StoreError`s; the store needs exact control over write(2),
/// fsync, rename and modes that Foundation's file APIs do not give.
enum FileIO {
  /// Opens (or creates) a store file, forces mode 0600 whatever the umask, and checks the owner.
  static func open(_ path: String, flags: Int32, create: Bool = false) throws(StoreError) -> Int32 {
    let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0), 0o600)
    guard fd >= 0 else { throw .posix(Texts.StoreFiles.cannotOpen, file: path) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { let e = StoreError.posix(Texts.StoreFiles.cannotStat, file: path); Glibc.close(fd); throw e }
    guard st.st_uid == geteuid() else {
      Glibc.close(fd)
      throw StoreError(.permissions, Texts.StoreFiles.fileNotOurs(path, uid: st.st_uid, me: geteuid()), file: path)
    }
    if flags & (O_WRONLY | O_RDWR) != 0, st.st_mode & 0o777 != 0o600, fchmod(fd, 0o600) != 0 {
      let e = StoreError.posix(Texts.StoreFiles.cannotSetMode("0600"), file: path); Glibc.close(fd); throw e
    }
    return fd
  }

  /// Writes every byte or throws; returns nothing partial silently (the caller undoes partial writes).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], file: String) throws(StoreError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .posix(Texts.StoreFiles.writeFailed, file: file)
      }
      done += n
    }
  }

  /// Reads `[from, to)` of an open file.
  static func read(_ fd: Int32, from: Int, to: Int, file: String) throws(StoreError) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: max(0, to - from))
    var done = 0
    while done < out.count {
      let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(from + done)) }
      if n < 0 { if errno == EINTR { continue }; throw .posix(Texts.StoreFiles.readFailed, file: file) }
      if n == 0 { break }
      done += n
    }
    return Array(out.prefix(done))
  }

  /// The whole file, or nil when it does not exist.
  static func readFile(_ path: String) throws(StoreError) -> [UInt8]? {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    if fd < 0 { if errno == ENOENT { return nil }; throw .posix(Texts.StoreFiles.cannotOpen, file: path) }
    defer { Glibc.close(fd) }
    return try read(fd, from: 0, to: size(fd), file: path)
  }

  /// Size of an open file in bytes.
  static func size(_ fd: Int32) -> Int {
    var st = stat()
    return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
  }

  /// Size in bytes of the file at `path` (without following a final symlink), 0 when it is gone.
  static func fileSize(_ path: String) -> Int {
    var st = stat()
    return lstat(path, &st) == 0 ? Int(st.st_size) : 0
  }

  /// True when `path` exists (without following a final symlink).
  static func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
  }

  /// fdatasync, unless fsync is turned off.
  static func sync(_ fd: Int32, file: String, enabled: Bool = true) throws(StoreError) {
    guard enabled else { return }
    guard fdatasync(fd) == 0 else { throw .posix(Texts.StoreFiles.fsyncFailed, file: file) }
  }

  /// fsync of a directory, so renames and new names in it survive a power loss.
  static func syncDirectory(_ dir: String, enabled: Bool = true) throws(StoreError) {
    guard enabled else { return }
    let fd = Glibc.open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw .posix(Texts.StoreFiles.cannotOpenDirectory, file: dir) }
    defer { Glibc.close(fd) }
    guard fsync(fd) == 0 else { throw .posix(Texts.StoreFiles.directoryFsyncFailed, file: dir) }
  }

  /// Writes a new file completely (mode 0600), fsyncs it, and closes it. Fails if it exists.
  static func create(_ path: String, _ bytes: [UInt8], sync enabled: Bool) throws(StoreError) {
    let fd = try open(path, flags: O_WRONLY | O_EXCL, create: true)
    defer { Glibc.close(fd) }
    do throws(StoreError) {
      try writeAll(fd, bytes, file: path)
      if enabled, fsync(fd) != 0 { throw StoreError.posix(Texts.StoreFiles.fsyncFailed, file: path) }
    } catch {
      unlink(path)
      throw error
    }
  }

  /// Atomic replace: write `name.tmp`, fsync, rename over `name`, fsync the directory.
  static func replace(_ dir: String, _ name: String, _ bytes: [UInt8], sync enabled: Bool) throws(StoreError) {
    let path = dir + "/" + name, tmp = path + ".tmp"
    unlink(tmp)
    try create(tmp, bytes, sync: enabled)
    guard rename(tmp, path) == 0 else { let e = StoreError.posix(Texts.StoreFiles.renameFailed, file: path); unlink(tmp); throw e }
    try syncDirectory(dir, enabled: enabled)
  }

  /// Renames inside the store and fsyncs the directory.
  static func move(_ from: String, _ to: String, dir: String, sync enabled: Bool) throws(StoreError) {
    guard rename(from, to) == 0 else { throw .posix(Texts.StoreFiles.renameToFailed(to), file: from) }
    try syncDirectory(dir, enabled: enabled)
  }

  /// The current instant as RFC 3339 UTC with seconds, e.g. `2025-01-31T09:00:00Z`.
  static func now() -> String { timestamp(separator: ":") }

  /// The current instant for file names (`20250131T090000Z`), which must not contain colons.
  static func fileStamp() -> String {
    timestamp(separator: "").replacingOccurrences(of: "-", with: "")
  }

  private static func timestamp(separator: String) -> String {
    var t = time(nil)
    var tm = tm()
    gmtime_r(&t, &tm)
    func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T"
      + "\(two(tm.tm_hour))\(separator)\(two(tm.tm_min))\(separator)\(two(tm.tm_sec))Z"
  }
}
