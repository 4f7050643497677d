import JSON

/// Where a streamed result writes its encoding (issue 14, item 4): a small buffer that is handed
/// to a sink each time it holds `chunkBytes`, so a reply of any size passes through a bounded
/// amount of memory. The transport's sink writes each chunk to the connection; a counting sink
/// measures the reply for Content-Length framing without keeping it; a collecting sink builds a
/// buffered reply (a batch, `handle`) and stops at its limit.
///
/// Once the sink refuses a chunk (the peer left, a write timed out, a limit was reached) the
/// writer is `isBroken`: later writes are dropped, and encoders check `isBroken` between records
/// to stop early. Not thread-safe: one reply, one thread.
public final class ReplyWriter {
  /// Bytes collected before they are handed to the sink. 64 KiB: a few socket buffers' worth,
  /// so a write rarely waits on a partial chunk and memory stays small per connection.
  public static let defaultChunkBytes = 64 * 1024

  private var buffer: [UInt8]
  private let chunkBytes: Int
  private let sink: ([UInt8]) -> Bool
  private var scratch: [UInt8] = []
  /// True once the sink refused a chunk: nothing more is written.
  public private(set) var isBroken = false

  /// A writer handing chunks of about `chunkBytes` (a chunk may exceed it by the last piece
  /// written) to `sink`, which returns false to stop the reply.
  public init(chunkBytes: Int = ReplyWriter.defaultChunkBytes, sink: @escaping ([UInt8]) -> Bool) {
    self.chunkBytes = max(1, chunkBytes)
    self.sink = sink
    buffer = []
    buffer.reserveCapacity(min(self.chunkBytes, 1 << 20) + 1024)
  }

  /// Appends raw bytes (already valid JSON text in context).
  public func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 {
    guard !isBroken else { return }
    buffer.append(contentsOf: bytes)
    flushIfFull()
  }

  /// Appends one byte.
  public func append(_ byte: UInt8) {
    guard !isBroken else { return }
    buffer.append(byte)
    flushIfFull()
  }

  /// Appends the UTF-8 of `text`, which must be JSON in context (punctuation, member names).
  public func append(_ text: String) { append(contentsOf: text.utf8) }

  /// Appends the compact encoding of `value`, exactly as `JSONWriter.write` would.
  public func write(_ value: JSONValue) {
    guard !isBroken else { return }
    JSONWriter.write(value, into: &buffer)
    flushIfFull()
  }

  /// Appends `s` as a quoted JSON string.
  public func writeString(_ s: String) {
    guard !isBroken else { return }
    JSONWriter.writeString(s, into: &buffer)
    flushIfFull()
  }

  /// Appends the escaped contents of `s` without quotes: a long string (a CSV document) written
  /// piece by piece between one `"` and the next. JSON escapes per byte, so the pieces' escapes
  /// joined are the escape of the whole.
  public func writeStringContents(_ s: String) {
    guard !isBroken else { return }
    scratch.removeAll(keepingCapacity: true)
    JSONWriter.writeString(s, into: &scratch)
    buffer.append(contentsOf: scratch[1..<(scratch.count - 1)])
    flushIfFull()
  }

  /// Hands what is left to the sink; false when the reply did not go out whole.
  public func finish() -> Bool {
    if !isBroken && !buffer.isEmpty { hand() }
    return !isBroken
  }

  private func flushIfFull() {
    if buffer.count >= chunkBytes { hand() }
  }

  private func hand() {
    if !sink(buffer) {
      isBroken = true
      buffer = []
      return
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
