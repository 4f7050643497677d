import Foundation
import Glibc
import JSONRPC

/// One client conversation over a read fd and a write fd (the same fd for a socket).
///
/// A reader thread reads, frames (`FramingDetector`), calls `handler.intercept` in arrival order
/// and queues the rest in a bounded `ConnectionQueue`; when that is full it stops reading, so the
/// kernel buffer pushes back on the client. A worker thread runs `handler.handle` one message at a
/// time, in order, and writes each reply in the connection's framing. A write that makes no
/// progress for `limits.writeTimeoutSeconds` closes the connection: a client that stops reading
/// never blocks anyone else. On end of input the queued requests are still answered, then the
/// connection closes; a peer that vanishes is closed quietly.
public final class Connection: @unchecked Sendable {
  /// The per-connection state handed to the handler (peer identity, cancellations).
  public let session: RPCSession
  private let readFD: Int32
  private let writeFD: Int32
  private let readIsSocket: Bool
  private let writeKind: FileDescriptorIO.WriteKind
  private let closesFDs: Bool
  private let handler: any RPCConnectionHandler
  private let limits: Limits
  private let fixedFraming: Framing?
  private let log: @Sendable (String) -> Void
  private let onClose: @Sendable (Connection) -> Void
  private let queue: ConnectionQueue
  private let state = NSCondition()
  private var liveThreads = 0
  private var closed = false
  private var stopReading = false

  /// A connection that is not yet running. `framing` nil means detect it from the first byte.
  /// `closesFDs` false leaves both fds open at the end (stdio owns its own). `onClose` runs once,
  /// on one of the connection's threads, after the fds are closed.
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
    writeKind = FileDescriptorIO.WriteKind(fd: writeFD)
    queue = ConnectionQueue(capacity: limits.maxInFlightPerConnection)
  }

  /// Starts the reader and worker threads. False when the system refused a thread; the
  /// connection is then closed (and `onClose` has run).
  @discardableResult
  public func start() -> Bool {
    state.lock()
    liveThreads = 2
    state.unlock()
    guard DetachedThread.start(name: "avgd-worker", stackSize: 1 << 20, { self.workLoop() }) else {
      threadExited()
      threadExited()
      return false
    }
    guard DetachedThread.start(name: "avgd-reader", stackSize: 512 << 10, { self.readLoop() }) else {
      queue.abort()
      threadExited()
      return false
    }
    return true
  }

  /// Stops reading; requests already queued are answered, then the connection closes (the
  /// graceful half of shutdown).
  public func finishInput() {
    state.lock()
    defer { state.unlock() }
    stopReading = true
    if readIsSocket && !closed { _ = shutdown(readFD, Int32(SHUT_RD)) }
  }

  /// Closes now, dropping queued requests (a request already in `handle` still finishes).
  public func abort() {
    queue.abort()
    state.lock()
    defer { state.unlock() }
    stopReading = true
    if readIsSocket && !closed { _ = shutdown(readFD, Int32(SHUT_RDWR)) }
  }

  /// Waits until both threads have ended; false when `timeout` seconds passed first.
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

  /// True once both threads have ended and the fds are closed.
  public var isClosed: Bool {
    state.lock()
    defer { state.unlock() }
    return closed
  }

  private var shouldStopReading: Bool {
    state.lock()
    defer { state.unlock() }
    return stopReading
  }

  private func readLoop() {
    var framer = FramingDetector(limits: limits, framing: fixedFraming)
    let size = 64 * 1024
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    defer { buffer.deallocate() }
    reading: while queue.waitForSpace() && !shouldStopReading {
      switch FileDescriptorIO.wait(readFD, for: Int16(POLLIN), seconds: 1) {
      case .timedOut: continue reading
      case .failed: break reading
      case .ready: break
      }
      let n = readIsSocket ? recv(readFD, buffer, size, Int32(MSG_DONTWAIT)) : read(readFD, buffer, size)
      if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      if n <= 0 { break reading }
      for event in framer.feed(UnsafeBufferPointer(start: buffer, count: n)) {
        let framing = framer.framing ?? .ndjson
        let item: ConnectionQueue.Item
        switch event {
        case .message(let bytes):
          if handler.intercept(bytes, session: session) { continue }
          item = .message(bytes, framing)
        case .oversize(let limit):
          log("refused a message over \(limit) bytes from \(session.peer.actor)")
          item = .reply(handler.transportError(.messageTooLarge(limit: limit)), framing, close: false)
        case .rejected(let error):
          item = .reply(handler.transportError(error), framing, close: false)
        case .fatal(let error):
          log("closing connection of \(session.peer.actor) after a framing error: \(error.message)")
          _ = queue.push(.reply(handler.transportError(error), framing, close: true))
          break reading
        }
        guard queue.push(item) else { break reading }
      }
    }
    queue.endInput()
    threadExited()
  }

  private func workLoop() {
    working: while let item = queue.pop() {
      let bytes: [UInt8]
      let closeAfter: Bool
      switch item {
      case .message(let message, let framing):
        guard let reply = handler.handle(message, session: session) else { continue working }
        bytes = framing.frame(reply)
        closeAfter = false
      case .reply(let reply, let framing, let close):
        bytes = framing.frame(reply)
        closeAfter = close
      }
      guard FileDescriptorIO.writeAll(writeFD, bytes, kind: writeKind, timeout: limits.writeTimeoutSeconds) else {
        log("closing connection of \(session.peer.actor): the reply could not be written")
        break working
      }
      if closeAfter { break working }
    }
    abort()
    threadExited()
  }

  private func threadExited() {
    state.lock()
    liveThreads -= 1
    let last = liveThreads == 0
    if last {
      closed = true
      if closesFDs {
        FileDescriptorIO.closeQuietly(readFD)
        if writeFD != readFD { FileDescriptorIO.closeQuietly(writeFD) }
      }
      state.broadcast()
    }
    state.unlock()
    if last { onClose(self) }
  }
}
