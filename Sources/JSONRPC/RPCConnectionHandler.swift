import Wording

/// What a transport hands each framed message to. Implemented by `RPCServer`; transports know
/// framing and sockets, never methods.
///
/// Threading: each connection calls both on its own thread: `intercept` in arrival order, before
/// the message is queued (read ahead of the messages still waiting to run), `handle` one message
/// at a time, in arrival order. Both may be called from many connections at once.
public protocol RPCConnectionHandler: Sendable {
  /// Out-of-band look at a message before it is queued. Returns true when the message was fully
  /// dealt with here and must not be queued (a `$/cancelRequest` notification marks its target
  /// cancelled so that it is answered with -32800 instead of being run).
  func intercept(_ message: [UInt8], session: RPCSession) -> Bool
  /// Processes one message (a request, notification or batch) and returns the reply bytes
  /// (compact JSON, no trailing newline), or nil when nothing is to be sent.
  func handle(_ message: [UInt8], session: RPCSession) -> [UInt8]?
  /// Like `handle`, but a single request whose method streams its result (a register export)
  /// is answered with `RPCReply.streamed`, which the transport writes chunk by chunk as it is
  /// encoded instead of holding it whole (issue 14, item 4). Defaults to `handle`'s bytes.
  func reply(to message: [UInt8], session: RPCSession) -> RPCReply?
  /// A reply for a message the transport refused before parsing (too large, bad header),
  /// with `id: null`.
  func transportError(_ error: RPCError) -> [UInt8]
  /// The language of texts said outside any call (framing errors), for the connection's thread:
  /// the daemon's `--language` (issue 16 §1).
  var language: Language { get }
}

extension RPCConnectionHandler {
  /// Dutch unless the handler says otherwise.
  public var language: Language { .nl }

  /// A handler that streams nothing answers with `handle`'s bytes.
  public func reply(to message: [UInt8], session: RPCSession) -> RPCReply? {
    handle(message, session: session).map { .bytes($0) }
  }
}
