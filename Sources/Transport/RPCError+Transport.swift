import JSON
import JSONRPC
import Wording

/// The errors the transport itself answers with, before any method is known (always `id: null`).
extension RPCError {
  /// -32007 (jsonrpsee's "Request is too big"): a message over `limit` bytes was refused unread.
  public static func messageTooLarge(limit: Int) -> RPCError {
    RPCError(code: .messageTooLarge, message: Texts.Wire.messageTooLarge.string, data: ["limit": .int(limit)])
  }

  /// -32009: the connection limit is reached; the client should retry later.
  public static func serverBusy(limit: Int) -> RPCError {
    RPCError(code: .serverBusy, message: Texts.Wire.serverBusy.string, data: ["limit": .int(limit)])
  }

  /// -32009 with the reason: one user's connection limit, or only reserved slots left. Message
  /// and reason are rendered in `Language.current` (the listener binds the daemon's language).
  public static func serverBusy(limit: Int, reason: Text) -> RPCError {
    RPCError(code: .serverBusy, message: Texts.Wire.serverBusy.string, data: ["limit": .int(limit), "reason": .string(reason.string)])
  }

  /// -32700 for a message whose framing (not its JSON) is unreadable: a bad header section.
  public static func framingError(_ reason: String) -> RPCError {
    .parseError(reason)
  }
}
