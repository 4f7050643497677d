import Glibc
import Synchronization
import Wording

/// The client side of the socket, for `avgd connect` (an interactive bridge) and `avgd call`
/// (one request, one reply). Speaks NDJSON; errors say what to do when no server is running.
///
/// Before sending anything it asks the kernel who serves the socket (SO_PEERCRED) and refuses a
/// server that is not its own user, root or the uid it was told to expect (`--expect-uid`):
/// someone who took over the socket's path must not receive the requests (issue 14, item 2).
///
/// Checked `Sendable`: one `Mutex` guards the connection (`Link`: the fd and the bytes read past
/// the last reply) for the whole of a `call` and for `close`, so two threads' calls never
/// interleave their lines or steal each other's reply.
public final class UnixSocketClient: Sendable {
  /// The connection's mutable part: the fd (-1 once closed) and the bytes read after a reply.
  private struct Link {
    var fd: Int32
    var pending: [UInt8] = []
  }

  /// The socket path connected to.
  public let path: String
  /// Guards `Link` (fd and unread bytes); held for a whole call.
  private let link: Mutex<Link>

  /// Connects to the server at `path`; see the type for `expectedUID`.
  public init(path: String, expectedUID: UInt32? = nil) throws(TransportError) {
    self.path = path
    link = Mutex(Link(fd: try Self.connect(path, expectedUID: expectedUID)))
  }

  deinit { close() }

  /// Sends `requestBytes` as one line and returns the next reply line (without its newline).
  /// Do not use it for notifications: they get no reply. `timeout` nil waits indefinitely.
  public func call(_ requestBytes: [UInt8], timeout: Double? = nil) throws(TransportError) -> [UInt8] {
    try link.withLock { (l: inout Link) throws(TransportError) -> [UInt8] in
      guard l.fd >= 0 else { throw TransportError(Texts.SocketClient.connectionClosed(path)) }
      var line = requestBytes
      while let last = line.last, last == 0x0A || last == 0x0D { line.removeLast() }
      line.append(0x0A)
      guard FileDescriptorIO.writeAll(l.fd, line, kind: .socket, timeout: timeout ?? 3600) else {
        let code = errno
        // A server that refused the connection (-32009) has already written why and closed.
        // nil is right when no such line can be read: then the failed send is the error to report.
        if let refusal = try? readLine(&l, deadline: FileDescriptorIO.now() + 1) { return refusal }
        throw TransportError(Texts.SocketClient.cannotSend(path, os: errnoText(code)), errno: code)
      }
      return try readLine(&l, deadline: timeout.map { FileDescriptorIO.now() + $0 })
    }
  }

  /// Closes the connection. Idempotent.
  public func close() {
    link.withLock { l in
      FileDescriptorIO.closeQuietly(l.fd)
      l.fd = -1
    }
  }

  /// The next reply line on `l` (the caller holds `link`).
  private func readLine(_ l: inout Link, deadline: Double?) throws(TransportError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    let fd = l.fd
    // Only bytes not yet searched are searched again: a streamed export of megabytes arrives in
    // many reads, and rescanning from the start each time would be quadratic.
    var searched = 0
    while true {
      if let newline = l.pending[searched...].firstIndex(of: 0x0A) {
        var line = Array(l.pending[..<newline])
        l.pending.removeFirst(newline + 1)
        if line.last == 0x0D { line.removeLast() }
        return line
      }
      searched = l.pending.count
      let left = deadline.map { $0 - FileDescriptorIO.now() } ?? 3600
      guard left > 0 else { throw TransportError(Texts.SocketClient.noReplyInTime(path)) }
      switch FileDescriptorIO.wait(fd, for: Int16(POLLIN), seconds: left) {
      case .timedOut: continue
      case .failed: throw TransportError(Texts.SocketClient.connectionFailed(path))
      case .ready: break
      }
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
      if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      guard n > 0 else {
        let code = errno
        throw n == 0
          ? TransportError(Texts.SocketClient.closedBeforeReplying(path))
          : TransportError(Texts.SocketClient.cannotRead(path, os: errnoText(code)), errno: code)
      }
      l.pending.append(contentsOf: buffer[..<n])
    }
  }

  /// Copies stdin to the socket and the socket to stdout until the server closes the connection.
  /// On stdin EOF the socket is half-closed (SHUT_WR), so the server answers what it has and then
  /// closes; a last line without its `\n` gets one first, so it is answered too. Single-threaded with poll and non-blocking sends, so a server pushing back can never
  /// deadlock against replies waiting to be read.
  public static func bridge(path: String, expectedUID: UInt32? = nil) throws(TransportError) {
    let fd = try connect(path, expectedUID: expectedUID)
    defer { FileDescriptorIO.closeQuietly(fd) }
    var toSocket: [UInt8] = []
    var stdinOpen = true
    var lastByte: UInt8? = nil
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      var fds = [
        pollfd(fd: fd, events: Int16(POLLIN) | (toSocket.isEmpty ? 0 : Int16(POLLOUT)), revents: 0),
        pollfd(fd: stdinOpen && toSocket.count < 1 << 20 ? STDIN_FILENO : -1, events: Int16(POLLIN), revents: 0),
      ]
      if poll(&fds, 2, -1) < 0 {
        if errno == EINTR { continue }
        let code = errno
        throw TransportError(Texts.SocketClient.pollFailed(os: errnoText(code)), errno: code)
      }
      if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN) { return }
        if n > 0 && !FileDescriptorIO.writeAll(STDOUT_FILENO, Array(buffer[..<n]), kind: .other, timeout: 3600) {
          return
        }
      }
      if fds[1].revents != 0 {
        let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if n > 0 {
          toSocket.append(contentsOf: buffer[..<n])
          lastByte = buffer[n - 1]
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
          stdinOpen = false
          // A last request without its newline is still a request: end the line for it.
          if let last = lastByte, last != 0x0A { toSocket.append(0x0A) }
          if toSocket.isEmpty { _ = shutdown(fd, Int32(SHUT_WR)) }
        }
      }
      if !toSocket.isEmpty {
        let n = toSocket.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT | MSG_NOSIGNAL)) }
        if n > 0 {
          toSocket.removeFirst(n)
          if toSocket.isEmpty && !stdinOpen { _ = shutdown(fd, Int32(SHUT_WR)) }
        } else if n < 0 && errno != EAGAIN && errno != EINTR {
          return
        }
      }
    }
  }

  /// Connects with messages that tell a person what to do, and checks who serves the socket.
  static func connect(_ path: String, expectedUID: UInt32? = nil) throws(TransportError) -> Int32 {
    let fd = try connectOnly(path)
    do throws(TransportError) {
      try checkServer(fd, path: path, expectedUID: expectedUID)
    } catch {
      FileDescriptorIO.closeQuietly(fd)
      throw error
    }
    return fd
  }

  /// Refuses a server whose uid (SO_PEERCRED) is not ours, root's or `expectedUID`.
  static func checkServer(_ fd: Int32, path: String, expectedUID: UInt32?, ownUID: UInt32 = getuid()) throws(TransportError) {
    guard let server = PeerCredentials.socketPeer(fd) else {
      throw TransportError(Texts.SocketClient.cannotTellServer(path, os: errnoText()))
    }
    var accepted: Set<UInt32> = [ownUID, 0]
    if let expectedUID { accepted.insert(expectedUID) }
    guard accepted.contains(server.uid) else {
      let who = server.userName.map { "\($0), uid \(server.uid)" } ?? "uid \(server.uid)"
      throw TransportError(
        Texts.SocketClient.servedByAnotherUser(path, who: who, ownUID: ownUID, also: expectedUID, serverUID: server.uid),
        errno: EPERM)
    }
  }

  private static func connectOnly(_ path: String) throws(TransportError) -> Int32 {
    let address = try UnixSocketAddress(path: path)
    do {
      return try address.connectSocket()
    } catch {
      switch error.errno {
      case ENOENT, ECONNREFUSED:
        throw TransportError(Texts.SocketClient.noAvgdListening(path), errno: error.errno)
      case EACCES, EPERM:
        throw TransportError(Texts.SocketClient.permissionDenied(path), errno: error.errno)
      default:
        throw error
      }
    }
  }
}
