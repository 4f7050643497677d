import Foundation
import Glibc
import JSONRPC
import Wording

/// Serves JSON-RPC on a Unix stream socket: one `Connection` (and one `RPCSession` carrying the
/// SO_PEERCRED identity) per client, at most `limits.maxConnections` at once.
///
/// Admission (issue 14, item 5): the caller's uid is read first; avgd's own user and root may use
/// every slot, anyone else at most `maxConnections - reservedConnections` in all and
/// `maxConnectionsPerUID` of their own, so nobody with the socket can lock the owner out. A
/// refused client gets -32009 with the reason; the log line for refusals is rate-limited
/// (`RefusalLog`).
///
/// Lifecycle: `init` binds (errors surface before anything runs), `start()` accepts on its own
/// thread, `stop()` stops accepting and unlinks the socket file, `drain(timeout:)` also lets open
/// connections answer what they have read, then closes them.
///
/// `@unchecked Sendable`: the accept thread, the connections' close callbacks and the caller of
/// `stop`/`drain` share it. The condition `state` guards the mutable members — `connections`,
/// `perUID`, `started`, `stopping`, `acceptLoopDone` — and is waited on by `drain`; every other
/// stored property is a constant (`refusals` is `Sendable` on its own).
public final class UnixSocketListener: @unchecked Sendable {
  /// The socket file, nil for an adopted (systemd) socket, which is never unlinked.
  public let path: String?
  private let listenFD: Int32
  private let inode: UInt64?
  private let wakeRead: Int32
  private let wakeWrite: Int32
  private let limits: Limits
  private let handler: any RPCConnectionHandler
  private let log: @Sendable (String) -> Void
  private let state = NSCondition()
  private var connections: [ObjectIdentifier: Connection] = [:]
  private var perUID: [UInt32: Int] = [:]
  private let ownUID: UInt32
  private let refusals: RefusalLog
  private var started = false
  private var stopping = false
  private var acceptLoopDone = false

  /// Binds `path` with permissions `mode` (0600: only our user may connect). A stale socket file
  /// is replaced; a live one is an error ("er luistert al een andere avgd op PATH").
  public convenience init(
    path: String, mode: mode_t = 0o600, limits: Limits = Limits(), handler: any RPCConnectionHandler,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(TransportError) {
    let address = try UnixSocketAddress(path: path)
    let bound = try UnixSocketBinder.bind(address, mode: mode, log: log)
    try self.init(fd: bound.fd, path: path, inode: bound.inode, limits: limits, handler: handler, log: log)
  }

  /// Serves an already listening socket, typically from `SystemdActivation.listenFDs()`.
  public convenience init(
    adoptingFD fd: Int32, limits: Limits = Limits(), handler: any RPCConnectionHandler,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(TransportError) {
    guard FileDescriptorIO.isSocket(fd) else { throw TransportError(Texts.Sockets.descriptorNotASocket(fd)) }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    try self.init(fd: fd, path: nil, inode: nil, limits: limits, handler: handler, log: log)
  }

  private init(
    fd: Int32, path: String?, inode: UInt64?, limits: Limits, handler: any RPCConnectionHandler,
    log: @escaping @Sendable (String) -> Void, ownUID: UInt32 = geteuid()
  ) throws(TransportError) {
    var pipeFDs: [Int32] = [-1, -1]
    guard pipe(&pipeFDs) == 0 else {
      let code = errno
      FileDescriptorIO.closeQuietly(fd)
      if let path, let inode { UnixSocketBinder.unlinkIfOurs(path, inode: inode) }
      throw TransportError(Texts.Sockets.cannotCreatePipe(os: errnoText(code)), errno: code)
    }
    for p in pipeFDs { _ = fcntl(p, F_SETFD, FD_CLOEXEC) }
    listenFD = fd
    self.path = path
    self.inode = inode
    wakeRead = pipeFDs[0]
    wakeWrite = pipeFDs[1]
    self.limits = limits
    self.handler = handler
    self.log = log
    self.ownUID = ownUID
    refusals = RefusalLog(interval: limits.refusalLogIntervalSeconds)
  }

  /// Starts accepting connections on a background thread.
  public func start() throws(TransportError) {
    state.lock()
    defer { state.unlock() }
    guard !started && !stopping else { return }
    started = true
    guard DetachedThread.start(name: "avgd-accept", { self.acceptLoop() }) else {
      started = false
      throw TransportError(Texts.Sockets.cannotStartAcceptThread)
    }
  }

  /// Connections currently open.
  public var connectionCount: Int {
    state.lock()
    defer { state.unlock() }
    return connections.count
  }

  /// Stops accepting and unlinks the socket file; open connections keep running. Idempotent.
  public func stop() {
    state.lock()
    if stopping {
      state.unlock()
      return
    }
    stopping = true
    let wasStarted = started
    state.unlock()
    if wasStarted {
      var byte: UInt8 = 1
      _ = write(wakeWrite, &byte, 1)
      state.lock()
      while !acceptLoopDone { state.wait() }
      state.unlock()
    } else {
      closeListeningSocket()
    }
  }

  /// Stops accepting, lets every connection answer the requests it has already read (for at most
  /// `timeout` seconds), then closes them. Returns true when all finished within the time.
  @discardableResult
  public func drain(timeout: Double) -> Bool {
    stop()
    let deadline = Date(timeIntervalSinceNow: timeout)
    for connection in snapshot() { connection.finishInput() }
    state.lock()
    while !connections.isEmpty && state.wait(until: deadline) {}
    let clean = connections.isEmpty
    state.unlock()
    if !clean {
      log(Texts.TransportLog.drainTimedOut(timeout, closing: connectionCount).logLine)
      for connection in snapshot() {
        connection.abort()
        connection.waitUntilClosed(timeout: 1)
      }
    }
    return clean
  }

  private func snapshot() -> [Connection] {
    state.lock()
    defer { state.unlock() }
    return Array(connections.values)
  }

  private func closeListeningSocket() {
    FileDescriptorIO.closeQuietly(listenFD)
    FileDescriptorIO.closeQuietly(wakeRead)
    FileDescriptorIO.closeQuietly(wakeWrite)
    if let path, let inode { UnixSocketBinder.unlinkIfOurs(path, inode: inode) }
  }

  private func acceptLoop() {
    var fds = [
      pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      let rc = poll(&fds, 2, -1)
      state.lock()
      let done = stopping
      state.unlock()
      if done { break }
      if rc < 0 && errno != EINTR {
        log(Texts.TransportLog.acceptLoopStopped(os: errnoText()).logLine)
        break
      }
      guard rc > 0, fds[0].revents != 0 else { continue }
      let fd = accept(listenFD, nil, nil)
      if fd < 0 {
        if errno == EMFILE || errno == ENFILE || errno == ENOMEM || errno == ENOBUFS {
          log(Texts.TransportLog.cannotAccept(os: errnoText()).logLine)
          usleep(100_000)
        }
        continue
      }
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      admit(fd)
    }
    closeListeningSocket()
    state.lock()
    acceptLoopDone = true
    state.broadcast()
    state.unlock()
  }

  /// Starts a connection for `fd`, or refuses it with -32009 when a limit is reached (see the type).
  private func admit(_ fd: Int32) {
    guard let peer = PeerCredentials.socketPeer(fd) else {
      if let line = refusals.line(Texts.TransportLog.peerCredentialsFailed(os: errnoText())) { log(line.logLine) }
      FileDescriptorIO.closeQuietly(fd)
      return
    }
    let connection = Connection(
      readFD: fd, writeFD: fd, session: RPCSession(peer: peer), handler: handler, limits: limits,
      log: log, onClose: { [weak self] in self?.remove($0) })
    state.lock()
    let refusal = refusal(for: peer.uid)
    if refusal == nil {
      connections[ObjectIdentifier(connection)] = connection
      perUID[peer.uid, default: 0] += 1
    }
    state.unlock()
    if let (busy, reason) = refusal {
      if let line = refusals.line(reason) { log(line.logLine) }
      // The answer speaks the daemon's language, like every text said outside a call.
      let reply = handler.language.bound { Framing.ndjson.frame(handler.transportError(busy.error)) }
      _ = FileDescriptorIO.writeAll(fd, reply, kind: .socket, timeout: 0.1)
      _ = shutdown(fd, Int32(SHUT_WR))
      FileDescriptorIO.closeQuietly(fd)  // the connection was never started: it owns nothing
      return
    }
    connection.start()
  }

  /// Why a new connection of `uid` is refused (the -32009 to answer, the reason to log), or nil;
  /// call with `state` locked.
  private func refusal(for uid: UInt32) -> (Busy, Text)? {
    let total = connections.count
    if total >= limits.maxConnections {
      return (Busy(limit: limits.maxConnections, reason: nil), Texts.TransportLog.allConnectionsOpen(limits.maxConnections, uid: uid))
    }
    guard uid != ownUID && uid != 0 else { return nil }
    // At most half of the slots are reserved, so a small --max-connections never shuts others out.
    let reserved = min(limits.reservedConnections, limits.maxConnections / 2)
    let shared = limits.maxConnections - reserved
    if total >= shared {
      return (
        Busy(limit: shared, reason: Texts.Sockets.onlyReservedSlotsFree),
        Texts.TransportLog.onlyReservedLeft(open: total, reserved: reserved, uid: uid))
    }
    if perUID[uid, default: 0] >= limits.maxConnectionsPerUID {
      return (
        Busy(limit: limits.maxConnectionsPerUID, reason: Texts.Sockets.userAtLimit(limits.maxConnectionsPerUID)),
        Texts.TransportLog.userAtLimit(uid, limit: limits.maxConnectionsPerUID))
    }
    return nil
  }

  /// A -32009 to answer: the limit reached and, when only others than avgd's user are limited, why.
  /// It keeps the reason's `Text`; `error` renders it in `Language.current`.
  private struct Busy {
    let limit: Int
    let reason: Text?
    var error: RPCError { reason.map { .serverBusy(limit: limit, reason: $0) } ?? .serverBusy(limit: limit) }
  }

  private func remove(_ connection: Connection) {
    state.lock()
    if connections.removeValue(forKey: ObjectIdentifier(connection)) != nil {
      let uid = connection.session.peer.uid
      let left = (perUID[uid] ?? 1) - 1
      perUID[uid] = left > 0 ? left : nil
    }
    state.broadcast()
    state.unlock()
  }
}
