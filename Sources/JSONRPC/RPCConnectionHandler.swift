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
  /// A reply for a message the transport refused before parsing (too large, bad header),
  /// with `id: null`.
  func transportError(_ error: RPCError) -> [UInt8]
}
