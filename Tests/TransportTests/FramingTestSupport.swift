import JSONRPC
import Testing
@testable import Transport

/// Feeds `input` to a fresh framer at every split point (two chunks) and byte by byte, and
/// checks every way of chunking yields `expected`.
func expectAllSplits<F: MessageFramer>(
  _ make: () -> F, _ input: [UInt8], _ expected: [FrameEvent], sourceLocation: SourceLocation = #_sourceLocation
) {
  var whole = make()
  #expect(whole.feed(input) == expected, "one chunk", sourceLocation: sourceLocation)
  for split in 0...input.count {
    var framer = make()
    let events = framer.feed(input[..<split]) + framer.feed(input[split...])
    guard events == expected else {
      #expect(events == expected, "split at \(split) (later splits not checked)", sourceLocation: sourceLocation)
      return
    }
  }
  var framer = make()
  var events: [FrameEvent] = []
  for byte in input { events += framer.feed([byte]) }
  #expect(events == expected, "byte by byte", sourceLocation: sourceLocation)
}

/// A `.message` event for a string.
func message(_ text: String) -> FrameEvent { .message(Array(text.utf8)) }

/// Limits with a small message size, to exercise oversize handling cheaply.
func smallLimits(message: Int = 16, header: Int = 8 * 1024) -> Limits {
  var limits = Limits()
  limits.maxMessageBytes = message
  limits.maxHeaderBytes = header
  return limits
}
