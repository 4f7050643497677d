import JSON
import Wording

/// What the dispatcher answers a message with (`RPCConnectionHandler.reply(to:session:)`): bytes
/// ready to frame, or a response the transport writes piece by piece as it is encoded.
public enum RPCReply: Sendable {
  /// One ready reply body (compact JSON, no newline): a response, an error, a batch's array.
  case bytes([UInt8])
  /// One response object too large to build first (a register export), streamed in chunks.
  case streamed(StreamedReply)
}

/// One response object `{"jsonrpc":"2.0","result":…,"id":…}` whose result is written as it is
/// encoded. Its audit was recorded before it was made, so no byte of it leaves unaudited.
/// It has no size limit of its own (`Limits.maxReplyBytes` bounds only buffered replies); memory
/// per reply stays at one chunk (`ReplyWriter.defaultChunkBytes`) plus the records' view.
public struct StreamedReply: Sendable {
  /// The result.
  public let result: StreamedResult
  /// The request's id.
  public let id: RequestID
  /// The call's language, bound again while writing (the texts of a streamed answer are rendered
  /// then, after the dispatcher's own binding ended).
  public let language: Language

  /// A response for `id` whose result is `result`, written in `language`.
  public init(result: StreamedResult, id: RequestID, language: Language) {
    self.result = result
    self.id = id
    self.language = language
  }

  /// Writes `prefix` (framing), the response object and `suffix` to `sink` in chunks of about
  /// `chunkBytes`; false when the sink refused a chunk (the rest was not encoded).
  public func write(
    prefix: [UInt8] = [], suffix: [UInt8] = [], chunkBytes: Int = ReplyWriter.defaultChunkBytes,
    to sink: @escaping ([UInt8]) -> Bool
  ) -> Bool {
    let w = ReplyWriter(chunkBytes: chunkBytes, sink: sink)
    w.append(contentsOf: prefix)
    w.append(#"{"jsonrpc":"2.0","result":"#)
    language.bound { result.write(w) }
    w.append(#","id":"#)
    w.write(id.json)
    w.append(UInt8(ascii: "}"))
    w.append(contentsOf: suffix)
    return w.finish()
  }

  /// The size of the response object in bytes, found by encoding it once without keeping it
  /// (Content-Length framing must send the length first).
  public func byteCount() -> Int {
    var n = 0
    _ = write { chunk in
      n += chunk.count
      return true
    }
    return n
  }

  /// The response object in memory, or nil when it is over `limit` bytes (collection stops
  /// there, so memory stays bounded by the limit): how a batch and `handle` answer.
  public func buffered(limit: Int) -> [UInt8]? {
    var out: [UInt8] = []
    let whole = write { chunk in
      guard out.count + chunk.count <= limit else { return false }
      out.append(contentsOf: chunk)
      return true
    }
    return whole ? out : nil
  }
}

extension RPCReply {
  /// The ready bytes; nil for a streamed reply (which only `reply(to:)` of a single request makes).
  var bytes: [UInt8]? {
    if case .bytes(let b) = self { return b }
    return nil
  }
}
