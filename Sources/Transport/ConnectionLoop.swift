import Glibc
import JSONRPC
import Wording

/// The body of a connection's thread: read, frame, intercept, run in order, write.
///
/// Framed messages wait in `backlog` until there is room among the `pending` ones (at most
/// `limits.maxInFlightPerConnection`); a message enters `pending` only after `handler.intercept`
/// has seen it, in arrival order. Before each pending message runs, the input already waiting is
/// read ahead without blocking, so a cancel sent after a request still reaches `intercept` before
/// that request runs. Replies collect in `out` and are written when nothing more is waiting, when
/// 64 KiB have collected, when the oldest is 1 ms old, or before the next message when the last
/// one took over 0.2 ms; so one slow method never holds back the replies of earlier messages
/// for more than its own run time, and a stream of slow methods is answered one by one. A
/// streamed reply (`RPCReply.streamed`, a register export) goes out after the collected ones,
/// chunk by chunk as it is encoded (`stream`), never collected whole.
///
/// On an owned socket, while waiting for input, two timeouts close the connection (issue 14,
/// item 5): a message that has started but not ended after `limits.requestTimeoutSeconds` (one
/// byte and then nothing must not hold a slot), and no input at all for
/// `limits.idleTimeoutSeconds`. Stdio never times out.
struct ConnectionLoop {
  /// One unit of work, carrying the framing its reply must use.
  private enum Item {
    /// A message for `handler.handle`.
    case message([UInt8], Framing)
    /// A ready reply from the transport itself; `close` ends the connection after writing it.
    case reply([UInt8], Framing, close: Bool)
  }

  private static let readSize = 64 * 1024
  private static let flushBytes = 64 * 1024
  private static let maxHoldSeconds = 0.001
  private static let slowRunSeconds = 0.0002

  private let connection: Connection
  private let capacity: Int
  private var framer: FramingDetector
  private var backlog: [FrameEvent] = []
  private var backlogHead = 0
  private var pending: [Item] = []
  private var pendingHead = 0
  private var out: [UInt8] = []
  private var outSince = 0.0
  private var inputOpen = true
  private var inputDrained = false
  private var lastRunSlow = false
  private var lastInputAt = FileDescriptorIO.now()
  private var messageStartedAt: Double? = nil

  /// A loop over `connection`'s fds, handler and limits.
  init(_ connection: Connection) {
    self.connection = connection
    capacity = max(1, connection.limits.maxInFlightPerConnection)
    framer = FramingDetector(limits: connection.limits, framing: connection.fixedFraming)
  }

  /// Serves until input has ended and every queued message is answered, the connection was
  /// aborted, a write failed, or a fatal framing error was answered.
  mutating func run() {
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.readSize)
    defer { buffer.deallocate() }
    serving: while !connection.isAborted {
      admit()
      if pendingCount == 0 {
        guard flush(), inputOpen else { break serving }
        read(into: buffer, wait: true)
        continue serving
      }
      if inputOpen && !inputDrained && backlogHead == backlog.count && pendingCount < capacity {
        read(into: buffer, wait: false)
        admit()
        if connection.isAborted { break serving }
      }
      if !out.isEmpty && (lastRunSlow || FileDescriptorIO.now() - outSince >= Self.maxHoldSeconds) {
        guard flush() else { return }
      }
      let item = pending[pendingHead]
      pendingHead += 1
      inputDrained = false
      let started = FileDescriptorIO.now()
      var closeAfter = false
      switch item {
      case .message(let message, let framing):
        switch connection.handler.reply(to: message, session: connection.session) {
        case .bytes(let reply)?: collect(reply, framing)
        case .streamed(let reply)?: guard flush(), stream(reply, framing) else { return }
        case nil: break
        }
      case .reply(let reply, let framing, let close):
        collect(reply, framing)
        closeAfter = close
      }
      lastRunSlow = FileDescriptorIO.now() - started > Self.slowRunSeconds
      if closeAfter || out.count >= Self.flushBytes {
        guard flush(), !closeAfter else { return }
      }
    }
    _ = flush()
  }

  private var pendingCount: Int { pending.count - pendingHead }

  /// Appends one framed reply to `out`.
  private mutating func collect(_ reply: [UInt8], _ framing: Framing) {
    if out.isEmpty { outSince = FileDescriptorIO.now() }
    framing.frame(reply, into: &out)
  }

  /// Writes a streamed reply (issue 14, item 4) chunk by chunk as it is encoded, after the
  /// replies collected before it: NDJSON ends it with its newline; Content-Length first counts
  /// its bytes in an encoding pass over the same view that keeps nothing, then sends the header
  /// and the body. Each chunk gets `writeTimeoutSeconds` to make progress, like any reply; a
  /// peer that stops reading or leaves ends the reply and the connection (false).
  private mutating func stream(_ reply: StreamedReply, _ framing: Framing) -> Bool {
    let c = connection
    let head = framing == .contentLength ? framing.head(bodyCount: reply.byteCount()) : []
    let sent = reply.write(prefix: head, suffix: framing.tail) { chunk in
      FileDescriptorIO.writeAll(c.writeFD, chunk, kind: c.writeKind, timeout: c.limits.writeTimeoutSeconds)
    }
    if !sent { c.log(Texts.TransportLog.streamedReplyNotWritten(c.session.peer.actor).logLine) }
    lastRunSlow = true
    return sent
  }

  /// Writes the collected replies; false when the write failed (the connection must close).
  private mutating func flush() -> Bool {
    guard !out.isEmpty else { return true }
    let c = connection
    guard FileDescriptorIO.writeAll(c.writeFD, out, kind: c.writeKind, timeout: c.limits.writeTimeoutSeconds) else {
      c.log(Texts.TransportLog.replyNotWritten(c.session.peer.actor).logLine)
      out = []
      return false
    }
    out.removeAll(keepingCapacity: out.capacity <= 256 * 1024)
    return true
  }

  /// Moves framed events into `pending` while there is room, passing messages through
  /// `intercept` first and turning refusals into ready replies.
  private mutating func admit() {
    while backlogHead < backlog.count && pendingCount < capacity {
      let event = backlog[backlogHead]
      backlogHead += 1
      let framing = framer.framing ?? .ndjson
      let c = connection
      switch event {
      case .message(let bytes):
        if c.handler.intercept(bytes, session: c.session) { continue }
        append(.message(bytes, framing))
      case .oversize(let limit):
        c.log(Texts.TransportLog.messageTooLarge(limit, from: c.session.peer.actor).logLine)
        append(.reply(c.handler.transportError(.messageTooLarge(limit: limit)), framing, close: false))
      case .rejected(let error):
        append(.reply(c.handler.transportError(error), framing, close: false))
      case .fatal(let error):
        c.log(Texts.TransportLog.framingError(c.session.peer.actor, message: error.message).logLine)
        append(.reply(c.handler.transportError(error), framing, close: true))
        inputOpen = false
        backlog = []
        backlogHead = 0
      }
    }
  }

  private mutating func append(_ item: Item) {
    if pendingHead == pending.count {
      pending.removeAll(keepingCapacity: true)
      pendingHead = 0
    } else if pendingHead > 64 && pendingHead * 2 > pending.count {
      pending.removeFirst(pendingHead)
      pendingHead = 0
    }
    pending.append(item)
  }

  /// Reads one chunk and frames it into `backlog` (which must be empty). `wait` blocks until
  /// input arrives (checking once a second whether to stop); otherwise only what is already
  /// there is read. End of input, an error or `finishInput` closes the input side.
  private mutating func read(into buffer: UnsafeMutablePointer<UInt8>, wait: Bool) {
    let c = connection
    while inputOpen {
      if c.shouldStopReading {
        inputOpen = false
        return
      }
      if wait && c.blockingRecv {
        // `finishInput`/`abort` shut the socket down, which wakes this recv; its 1 s receive
        // timeout (EAGAIN) bounds it anyway, and the loop then checks whether to stop.
        let n = recv(c.readFD, buffer, Self.readSize, 0)
        if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
          if timedOut() { return }
          continue
        }
        return received(n, buffer)
      }
      if wait || !c.readIsSocket {
        switch FileDescriptorIO.wait(c.readFD, for: Int16(POLLIN), seconds: wait ? 1 : 0) {
        case .timedOut:
          if wait {
            if timedOut() { return }
            continue
          }
          inputDrained = true
          return
        case .failed:
          inputOpen = false
          return
        case .ready: break
        }
      }
      let n = c.readIsSocket
        ? recv(c.readFD, buffer, Self.readSize, Int32(MSG_DONTWAIT)) : Glibc.read(c.readFD, buffer, Self.readSize)
      if n < 0 && (errno == EINTR || errno == EAGAIN) {
        if wait { continue }
        inputDrained = errno == EAGAIN
        return
      }
      return received(n, buffer)
    }
  }

  /// True (and the input closed) when waiting has lasted too long: a started message past
  /// `requestTimeoutSeconds`, or silence past `idleTimeoutSeconds`. Owned sockets only.
  private mutating func timedOut() -> Bool {
    let c = connection
    guard c.enforcesTimeouts else { return false }
    let now = FileDescriptorIO.now()
    if let started = messageStartedAt, now - started > c.limits.requestTimeoutSeconds {
      c.log(Texts.TransportLog.messageTooSlow(c.session.peer.actor, seconds: c.limits.requestTimeoutSeconds).logLine)
    } else if now - lastInputAt > c.limits.idleTimeoutSeconds {
      c.log(Texts.TransportLog.idle(c.session.peer.actor, seconds: c.limits.idleTimeoutSeconds).logLine)
    } else {
      return false
    }
    inputOpen = false
    return true
  }

  /// Frames what one read returned (`n` bytes, or end of input / an error when `n <= 0`).
  private mutating func received(_ n: Int, _ buffer: UnsafeMutablePointer<UInt8>) {
    guard n > 0 else {
      inputOpen = false
      // True end of a pipe's input (stdio; not an error, not our own shutdown): a last line without
      // `\n` counts. On a socket, end of input cannot tell a half-close after a last line from a
      // client that vanished mid-message, so a partial message there is dropped (`avgd connect`
      // adds the missing `\n` itself).
      if n == 0 && !connection.readIsSocket && !connection.shouldStopReading {
        backlog = framer.finish()
        backlogHead = 0
      }
      return
    }
    backlog = framer.feed(UnsafeBufferPointer(start: buffer, count: n))
    backlogHead = 0
    inputDrained = n < Self.readSize
    lastInputAt = FileDescriptorIO.now()
    if !framer.isMidMessage {
      messageStartedAt = nil
    } else if messageStartedAt == nil || !backlog.isEmpty {
      messageStartedAt = lastInputAt
    }
  }
}
