import Glibc
import Wording

/// A filesystem Unix-socket address, validated before any syscall so that a too-long path (CI
/// temp directories) fails with a sentence instead of a silently truncated name.
struct UnixSocketAddress {
  /// `sun_path` holds 108 bytes including the terminating NUL.
  static let maxPathBytes = 107

  /// The path as given.
  let path: String
  private var storage = sockaddr_un()

  /// Checks `path`: non-empty, no NUL byte, at most 107 bytes.
  init(path: String) throws(TransportError) {
    let bytes = Array(path.utf8)
    guard !bytes.isEmpty else { throw TransportError(Texts.Sockets.emptyPath) }
    guard !bytes.contains(0) else { throw TransportError(Texts.Sockets.pathHasNUL(path)) }
    guard bytes.count <= Self.maxPathBytes else {
      throw TransportError(Texts.Sockets.pathTooLong(path, bytes: bytes.count, max: Self.maxPathBytes))
    }
    self.path = path
    storage.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &storage.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
  }

  /// Runs `body` with the address as a `sockaddr` pointer and its length (bind, connect).
  func withSockAddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
    var copy = storage
    return withUnsafePointer(to: &copy) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// A new stream socket with FD_CLOEXEC.
  static func makeSocket() throws(TransportError) -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else {
      let code = errno
      throw TransportError(Texts.Sockets.cannotCreateSocket(os: errnoText(code)), errno: code)
    }
    return fd
  }

  /// Connects a new socket to this address. The thrown error carries connect's errno so callers
  /// can tell "nobody listening" (ECONNREFUSED, ENOENT) from other failures.
  func connectSocket() throws(TransportError) -> Int32 {
    let fd = try Self.makeSocket()
    var rc: Int32
    repeat { rc = withSockAddr { connect(fd, $0, $1) } } while rc != 0 && errno == EINTR
    if rc == 0 { return fd }
    let code = errno
    FileDescriptorIO.closeQuietly(fd)
    throw TransportError(Texts.Sockets.cannotConnect(path, os: errnoText(code)), errno: code)
  }
}

/// The current errno as the system words it (`strerror`), for error messages: the same in
/// every language, so an operator can search for it.
func errnoText(_ code: Int32 = errno) -> String {
  String(cString: strerror(code))
}
