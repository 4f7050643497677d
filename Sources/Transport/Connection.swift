import Foundation
import Glibc
import JSONRPC
import Wording

/// One client conversation over a read fd and a write fd (the same fd for a socket).
///
/// One thread per connection reads, frames (`FramingDetector`), dispatches and writes
/// (`ConnectionLoop`). Messages run one at a time in arrival order. Before each message runs, the
/// input already waiting is read ahead (up to `limits.maxInFlightPerConnection` messages) and
/// passed through `handler.intercept` in arrival order, so a `$/cancelRequest` still overtakes
/// the queued request it cancels; with that many messages waiting the connection stops reading,
/// so the kernel buffer pushes back on the client. Replies that are ready while more messages
/// wait go out together in one write. A write that makes no progress for
/// `limits.writeTimeoutSeconds` closes the connection: a client that stops reading never blocks
/// anyone else. On end of input the queued requests are still answered, then the connection
/// closes; a peer that vanishes is closed quietly.
///
/// `@unchecked Sendable`: the connection's thread, the listener and shutdown share it. The
/// condition `state` guards `closed`, `stopReading` and `aborted` (and is waited on by
/// `waitUntilClosed`); every other stored property is a constant set in `init`.
public final class Connection: @unchecked Sendable {
  /// The per-connection state handed to the handler (peer identity, cancellations).
  public let session: RPCSession
  let readFD: Int32
  let writeFD: Int32
  let readIsSocket: Bool
  /// True when `readFD` is an owned blocking socket whose recv times out after a second.
  let blockingRecv: Bool
  /// True for an owned socket: the idle and slow-request timeouts apply (never to stdio).
  let enforcesTimeouts: Bool
  let writeKind: FileDescriptorIO.WriteKind
  let handler: any RPCConnectionHandler
  let limits: Limits
  let fixedFraming: Framing?
  let log: @Sendable (String) -> Void
  private let closesFDs: Bool
  private let onClose: @Sendable (Connection) -> Void
  private let state = NSCondition()
  private var closed = false
  private var stopReading = false
  private var aborted = false

  /// A connection that is not yet running. `framing` nil means detect it from the first byte.
  /// `closesFDs` false leaves both fds open at the end (stdio owns its own). `onClose` runs once,
  /// on the connection's thread, after the fds are closed.
  public init(
    readFD: Int32, writeFD: Int32, session: RPCSession, handler: any RPCConnectionHandler,
    limits: Limits = Limits(), framing: Framing? = nil, closesFDs: Bool = true,
    log: @escaping @Sendable (String) -> Void = { _ in },
    onClose: @escaping @Sendable (Connection) -> Void = { _ in }
  ) {
    self.readFD = readFD
    self.writeFD = writeFD
    self.session = session
    self.handler = handler
    self.limits = limits
    self.fixedFraming = framing
    self.closesFDs = closesFDs
    self.log = log
    self.onClose = onClose
    readIsSocket = FileDescriptorIO.isSocket(readFD)
    enforcesTimeouts = readIsSocket && closesFDs
    writeKind = FileDescriptorIO.WriteKind(fd: writeFD)
    // An owned blocking socket is waited on in recv itself (one syscall, not poll + recv), with
    // a 1 s receive timeout so the wait still checks for `finishInput` at least once a second.
    // Shared fds (stdio) are left alone and waited on with poll.
    blockingRecv = readIsSocket && closesFDs && fcntl(readFD, F_GETFL) & O_NONBLOCK == 0
      && FileDescriptorIO.setReceiveTimeout(readFD, seconds: 1)
  }

  /// Starts the connection's thread. False when the system refused a thread; the connection is
  /// then closed (and `onClose` has run).
  @discardableResult
  public func start() -> Bool {
    // The thread speaks the daemon's language until a call names its own (framing errors, limits).
    guard DetachedThread.start(name: "avgd-conn", stackSize: 1 << 20, { self.handler.language.bound { self.serve() } }) else {
      threadExited()
      return false
    }
    return true
  }

  /// Stops reading; requests already read are answered, then the connection closes (the
  /// graceful half of shutdown).
  public func finishInput() {
    state.lock()
    defer { state.unlock() }
    stopReading = true
    if readIsSocket && !closed { _ = shutdown(readFD, Int32(SHUT_RD)) }
  }

  /// Closes now, dropping queued requests (a request already in `handle` still finishes).
  public func abort() {
    state.lock()
    defer { state.unlock() }
    aborted = true
    stopReading = true
    if readIsSocket && !closed { _ = shutdown(readFD, Int32(SHUT_RDWR)) }
  }

  /// Waits until the connection's thread has ended; false when `timeout` seconds passed first.
  @discardableResult
  public func waitUntilClosed(timeout: Double? = nil) -> Bool {
    let deadline = timeout.map { Date(timeIntervalSinceNow: $0) }
    state.lock()
    defer { state.unlock() }
    while !closed {
      if let deadline {
        if !state.wait(until: deadline) { return closed }
      } else {
        state.wait()
      }
    }
    return true
  }

  /// True once the connection's thread has ended and the fds are closed.
  public var isClosed: Bool {
    state.lock()
    defer { state.unlock() }
    return closed
  }

  /// True once `finishInput` or `abort` was called.
  var shouldStopReading: Bool {
    state.lock()
    defer { state.unlock() }
    return stopReading
  }

  /// True once `abort` was called: queued messages are dropped.
  var isAborted: Bool {
    state.lock()
    defer { state.unlock() }
    return aborted
  }

  private func serve() {
    var loop = ConnectionLoop(self)
    loop.run()
    abort()
    threadExited()
  }

  private func threadExited() {
    state.lock()
    closed = true
    if closesFDs {
      FileDescriptorIO.closeQuietly(readFD)
      if writeFD != readFD { FileDescriptorIO.closeQuietly(writeFD) }
    }
    state.broadcast()
    state.unlock()
    onClose(self)
  }
}
