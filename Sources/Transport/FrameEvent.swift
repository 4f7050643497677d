import JSONRPC

/// What a framer found in the bytes it was fed. Framers are pure, so the connection decides what
/// each event costs (a queued request, a refusal reply, a closed connection) in one place.
public enum FrameEvent: Sendable, Equatable {
  /// One complete message body (a JSON text, or garbage the handler will answer with -32700).
  case message([UInt8])
  /// A message larger than `limit` bytes was discarded whole; reply -32007 and keep reading.
  case oversize(limit: Int)
  /// A framing-level refusal the stream survived (for example a wrong charset with a usable
  /// length); reply with the error and keep reading.
  case rejected(RPCError)
  /// The stream cannot be resynchronised (bad or huge Content-Length, oversized header); reply
  /// with the error, then close. The framer ignores all further input.
  case fatal(RPCError)
}
