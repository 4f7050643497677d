import Glibc
import Wording

/// Creates the listening socket file safely: refuses to steal a live socket, replaces only a
/// stale one (connect fails with ECONNREFUSED), and binds under a restrictive umask so the file
/// never exists with looser permissions than `mode`, even for a moment.
enum UnixSocketBinder {
  /// A bound, listening, non-blocking socket and the inode of its file (to unlink only our own).
  struct Bound {
    let fd: Int32
    let inode: UInt64
  }

  /// Binds and listens on `address`, then sets the file's mode to `mode`.
  ///
  /// The socket is bound and listening under a temporary name beside `address` first and then
  /// hard-linked to its real name (`link(2)` fails if the name exists, so a live socket is never
  /// replaced): a client that finds the file can connect at once, instead of meeting ECONNREFUSED in
  /// the moment between `bind` and `listen` (what a script polling for the file used to hit).
  /// Where the temporary name would not fit `sun_path`, the socket is bound in place as before.
  static func bind(_ address: UnixSocketAddress, mode: mode_t, log: (String) -> Void) throws(TransportError) -> Bound {
    let path = address.path
    try removeStale(address, log: log)
    let staging = stagingAddress(for: path)
    let bound = try bindAndListen(staging ?? address, mode: mode)
    guard let staging else { return bound }
    defer { _ = unlink(staging.path) }
    guard link(staging.path, path) == 0 else {
      let code = errno
      FileDescriptorIO.closeQuietly(bound.fd)
      if code == EEXIST { throw TransportError(Texts.Sockets.anotherAvgdListening(path), errno: EADDRINUSE) }
      throw TransportError(Texts.Sockets.cannotCreate(path, os: errnoText(code)), errno: code)
    }
    return bound
  }

  /// A free temporary name in the socket's directory (`.NAME.PID.bind`), or nil when it is too long.
  private static func stagingAddress(for path: String) -> UnixSocketAddress? {
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let candidate = "\(dir).\(name).\(getpid()).bind"
    _ = unlink(candidate)
    // nil is right: `path` already passed the same checks, so only a name too long for sun_path
    // fails here, and then the socket is bound in place (see `bind`).
    return try? UnixSocketAddress(path: candidate)
  }

  /// Binds `address` under a restrictive umask, sets `mode`, listens, and makes the fd non-blocking.
  private static func bindAndListen(_ address: UnixSocketAddress, mode: mode_t) throws(TransportError) -> Bound {
    let path = address.path
    let fd = try UnixSocketAddress.makeSocket()
    let oldMask = umask(0o177)
    let rc = address.withSockAddr { Glibc.bind(fd, $0, $1) }
    let bindErrno = errno
    umask(oldMask)
    guard rc == 0 else {
      FileDescriptorIO.closeQuietly(fd)
      if bindErrno == EADDRINUSE { throw TransportError(Texts.Sockets.anotherAvgdListening(path), errno: bindErrno) }
      throw TransportError(Texts.Sockets.cannotBind(path, os: errnoText(bindErrno)), errno: bindErrno)
    }
    var st = stat()
    guard chmod(path, mode) == 0, lstat(path, &st) == 0, listen(fd, SOMAXCONN) == 0 else {
      let code = errno
      FileDescriptorIO.closeQuietly(fd)
      _ = unlink(path)
      throw TransportError(Texts.Sockets.cannotListen(path, os: errnoText(code)), errno: code)
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    return Bound(fd: fd, inode: UInt64(st.st_ino))
  }

  /// Unlinks `path` if it is still the socket file we created (same inode).
  static func unlinkIfOurs(_ path: String, inode: UInt64) {
    var st = stat()
    if lstat(path, &st) == 0 && UInt64(st.st_ino) == inode && (st.st_mode & S_IFMT) == S_IFSOCK {
      _ = unlink(path)
    }
  }

  private static func removeStale(_ address: UnixSocketAddress, log: (String) -> Void) throws(TransportError) {
    let path = address.path
    var st = stat()
    guard lstat(path, &st) == 0 else { return }
    guard (st.st_mode & S_IFMT) == S_IFSOCK else {
      throw TransportError(Texts.Sockets.notASocket(path))
    }
    let fd: Int32
    do throws(TransportError) {
      fd = try address.connectSocket()
    } catch {
      switch error.errno {
      case ECONNREFUSED:
        guard unlink(path) == 0 || errno == ENOENT else {
          let code = errno
          throw TransportError(Texts.Sockets.cannotRemoveStale(path, os: errnoText(code)), errno: code)
        }
        log(Texts.TransportLog.replacedStaleSocket(path).logLine)
        return
      case ENOENT:
        return
      default:
        throw TransportError(Texts.Sockets.cannotCheckExisting(path, cause: error.text), errno: error.errno)
      }
    }
    FileDescriptorIO.closeQuietly(fd)
    throw TransportError(Texts.Sockets.anotherAvgdListening(path), errno: EADDRINUSE)
  }
}
