import Glibc
import Wording

/// Creates the listening socket file safely: refuses to steal a live socket, replaces only a
/// stale one (connect fails with ECONNREFUSED), and never lets the file be reached with looser
/// permissions than `mode`, even for a moment: it is bound in a private 0700 staging directory,
/// given its mode there, and only then linked to its name. No umask is changed: the umask is the
/// whole process's, and a daemon (or a test process) with other threads creating files at that
/// moment would have them made with the socket's restrictive mask (a directory without its x bit).
enum UnixSocketBinder {
  /// A bound, listening, non-blocking socket and the inode of its file (to unlink only our own).
  struct Bound {
    let fd: Int32
    let inode: UInt64
  }

  /// Binds and listens on `address`, then sets the file's mode to `mode`.
  ///
  /// The socket is bound and listening under a temporary name first — inside a staging directory
  /// beside `address` that only avgd's user may enter — and then hard-linked to its real name
  /// (`link(2)` fails if the name exists, so a live socket is never replaced): a client that finds
  /// the file can connect at once, instead of meeting ECONNREFUSED in the moment between `bind` and
  /// `listen` (what a script polling for the file used to hit). Where the staging name would not
  /// fit `sun_path`, the socket is bound in place under a restrictive umask, the one case that
  /// still sets it (a path within a few bytes of the 108-byte limit).
  static func bind(_ address: UnixSocketAddress, mode: mode_t, log: (String) -> Void) throws(TransportError) -> Bound {
    let path = address.path
    try removeStale(address, log: log)
    guard let staging = try Staging(for: path) else {
      let oldMask = umask(0o177)
      defer { umask(oldMask) }
      return try bindAndListen(address, mode: mode)
    }
    defer { staging.remove() }
    let bound = try bindAndListen(staging.socket, mode: mode)
    guard link(staging.socket.path, path) == 0 else {
      let code = errno
      FileDescriptorIO.closeQuietly(bound.fd)
      if code == EEXIST { throw TransportError(Texts.Sockets.anotherAvgdListening(path), errno: EADDRINUSE) }
      throw TransportError(Texts.Sockets.cannotCreate(path, os: errnoText(code)), errno: code)
    }
    return bound
  }

  /// A private directory beside the socket (`.NAME.PID.bind`, mode 0700 whatever the umask) and
  /// the temporary socket name inside it.
  private struct Staging {
    let directory: String
    let socket: UnixSocketAddress

    /// Nil when the staging socket's name would not fit `sun_path`.
    init?(for path: String) throws(TransportError) {
      let slash = path.lastIndex(of: "/")
      let dir = slash.map { String(path[...$0]) } ?? ""
      let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
      directory = "\(dir).\(name).\(getpid()).bind"
      // nil is right: `path` already passed the same checks, so only a name too long for sun_path
      // fails here, and then the socket is bound in place (see `bind`).
      guard let socket = try? UnixSocketAddress(path: directory + "/s") else { return nil }
      self.socket = socket
      remove()  // left by an earlier process with the same pid
      guard mkdir(directory, 0o700) == 0, chmod(directory, 0o700) == 0 else {
        let code = errno
        throw TransportError(Texts.Sockets.cannotCreate(directory, os: errnoText(code)), errno: code)
      }
    }

    /// Removes the temporary name and the directory (the linked socket keeps its real name).
    func remove() {
      _ = unlink(socket.path)
      _ = rmdir(directory)
    }
  }

  /// Binds `address`, sets `mode`, listens, and makes the fd non-blocking.
  private static func bindAndListen(_ address: UnixSocketAddress, mode: mode_t) throws(TransportError) -> Bound {
    let path = address.path
    let fd = try UnixSocketAddress.makeSocket()
    let rc = address.withSockAddr { Glibc.bind(fd, $0, $1) }
    let bindErrno = errno
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
