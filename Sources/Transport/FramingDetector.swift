import JSONRPC

/// Chooses a connection's framing from its first non-whitespace byte and keeps that choice:
/// `C`/`c` (a JSON text can never start with it) means LSP Content-Length headers, anything else
/// newline-delimited JSON. Editor libraries that only speak headers then work with zero setup.
public struct FramingDetector: MessageFramer {
  /// The chosen framing; nil until the first significant byte arrives.
  public private(set) var framing: Framing?
  private var ndjson: NDJSONFramer
  private var contentLength: ContentLengthFramer

  /// A detector for `limits`; pass `framing` to skip detection.
  public init(limits: Limits = Limits(), framing: Framing? = nil) {
    self.framing = framing
    ndjson = NDJSONFramer(limits: limits)
    contentLength = ContentLengthFramer(limits: limits)
  }

  /// Decides the framing on the first significant byte, then delegates to that framer.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> [FrameEvent] {
    var chunk = chunk
    if framing == nil {
      guard let first = chunk.firstIndex(where: { !isFramingWhitespace($0) }) else { return [] }
      let byte = chunk[first]
      framing = (byte == UInt8(ascii: "C") || byte == UInt8(ascii: "c")) ? .contentLength : .ndjson
      chunk = UnsafeBufferPointer(rebasing: chunk[first...])
    }
    switch framing {
    case .contentLength: return contentLength.feed(chunk)
    case .ndjson, .none: return ndjson.feed(chunk)
    }
  }

  /// True while a message has started but not ended.
  public var isMidMessage: Bool {
    switch framing {
    case .contentLength: return contentLength.isMidMessage
    case .ndjson: return ndjson.isMidMessage
    case .none: return false
    }
  }

  /// At end of input: an NDJSON line without its `\n` is still a message (`NDJSONFramer.finish`);
  /// a Content-Length body cut short is not.
  public mutating func finish() -> [FrameEvent] {
    framing == .ndjson ? ndjson.finish() : []
  }
}
