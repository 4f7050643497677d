/// A byte-level state machine that splits an input stream into messages. Pure (no I/O), so every
/// split point of a stream can be tested; the connection's reader is its only caller.
public protocol MessageFramer {
  /// Consumes the next chunk of the stream and returns the events it completed, in order.
  mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> [FrameEvent]
}

/// Byte-collection input for framers, so tests can feed slices directly.
extension MessageFramer {
  /// Convenience for tests and small inputs: feeds any byte collection.
  public mutating func feed<Bytes: Collection>(_ bytes: Bytes) -> [FrameEvent] where Bytes.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { feed($0) }
  }
}

/// Bytes the framers treat as insignificant between messages (JSON's whitespace).
@inline(__always)
func isFramingWhitespace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}
