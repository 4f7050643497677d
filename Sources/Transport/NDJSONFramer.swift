import Glibc
import JSONRPC

/// Newline-delimited JSON input: one message per line, `\n` or `\r\n`, blank lines ignored.
///
/// A line longer than `limits.maxMessageBytes` is never buffered: the framer skips to the next
/// `\n` and reports `.oversize`, so the stream resynchronises and the connection stays usable.
/// At end of input, `finish()` frames a last line that has no `\n` (`printf '{…}' | avgd serve
/// --stdio` must be answered); a connection cut by shutdown does not call it.
public struct NDJSONFramer: MessageFramer {
  /// The largest line accepted, excluding its terminator.
  public let limit: Int
  private var line: [UInt8] = []
  private var discarding = false

  /// A framer enforcing `limits.maxMessageBytes`.
  public init(limits: Limits = Limits()) {
    self.limit = limits.maxMessageBytes
  }

  /// True while the framer is skipping the rest of an oversized line.
  public var isDiscarding: Bool { discarding }

  /// True while a line has started but not ended (for the connection's slow-request timeout).
  public var isMidMessage: Bool { discarding || !line.allSatisfy(isFramingWhitespace) }

  /// Number of bytes of an unfinished line held in memory (for tests of the memory bound).
  public var bufferedByteCount: Int { line.count }

  /// Splits `chunk` at `\n`; see the type for blank-line and oversize rules.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> [FrameEvent] {
    guard let base = chunk.baseAddress else { return [] }
    var events: [FrameEvent] = []
    var start = 0
    while start < chunk.count {
      let rest = chunk.count - start
      guard let hit = memchr(base + start, 0x0A, rest) else {
        absorb(UnsafeBufferPointer(start: base + start, count: rest))
        break
      }
      let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      let piece = UnsafeBufferPointer(start: base + start, count: end - start)
      if line.isEmpty && !discarding {
        // The whole line is in this chunk: frame it from the chunk, without buffering it.
        if let event = Self.event(forLine: piece, limit: limit) { events.append(event) }
      } else {
        absorb(piece)
        if let event = finishLine() { events.append(event) }
      }
      start = end + 1
    }
    return events
  }

  /// The last line of a stream that ended without its `\n`: a message (or an oversize refusal),
  /// or nothing when no line was pending. Call once, at end of input.
  public mutating func finish() -> [FrameEvent] {
    guard discarding || !line.isEmpty else { return [] }
    return finishLine().map { [$0] } ?? []
  }

  /// Adds part of the current line, switching to discard mode once it cannot fit. One byte of
  /// slack is kept for the `\r` of a `\r\n` terminator.
  private mutating func absorb(_ piece: UnsafeBufferPointer<UInt8>) {
    guard !discarding, piece.count > 0 else { return }
    if line.count + piece.count > limit + 1 {
      discarding = true
      line = []
      return
    }
    line.append(contentsOf: piece)
  }

  /// Ends the current line at a `\n` and says what it was.
  private mutating func finishLine() -> FrameEvent? {
    if discarding {
      discarding = false
      return .oversize(limit: limit)
    }
    defer { line.removeAll(keepingCapacity: line.capacity <= 64 * 1024) }
    return line.withUnsafeBufferPointer { Self.event(forLine: $0, limit: limit) }
  }

  /// What one complete line (without its `\n`) is: a message, an oversize refusal, or nothing
  /// (blank). A trailing `\r` is dropped.
  private static func event(forLine piece: UnsafeBufferPointer<UInt8>, limit: Int) -> FrameEvent? {
    var count = piece.count
    if count > 0 && piece[count - 1] == 0x0D { count -= 1 }
    if count > limit { return .oversize(limit: limit) }
    let body = UnsafeBufferPointer(rebasing: piece[0..<count])
    if body.allSatisfy(isFramingWhitespace) { return nil }
    return .message(Array(body))
  }
}
