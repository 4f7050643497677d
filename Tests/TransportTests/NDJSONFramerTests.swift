import JSONRPC
import Testing
@testable import Transport

/// Newline framing: every chunking gives the same messages; oversize lines resync.
@Suite struct NDJSONFramerTests {
  /// CRLF, blank and whitespace-only lines, at every split point.
  @Test func splitsLinesAtEverySplitPoint() {
    let input = Array("{\"a\":1}\n\r\n   \n[1,2]\r\n\t\n\"x\"\n".utf8)
    expectAllSplits({ NDJSONFramer() }, input, [message("{\"a\":1}"), message("[1,2]"), message("\"x\"")])
  }

  /// A burst of pipelined lines in one read yields every message, in order.
  @Test func manyMessagesInOneChunk() {
    var framer = NDJSONFramer()
    let input = (0..<100).map { "{\"id\":\($0)}\n" }.joined()
    let events = framer.feed(Array(input.utf8))
    #expect(events == (0..<100).map { message("{\"id\":\($0)}") })
  }

  /// An over-limit line becomes one -32007 and the next line still parses.
  @Test func oversizeLineIsDiscardedAndStreamResyncs() {
    let input = Array("{\"a\":\"0123456789abcdefghij\"}\n{\"b\":2}\n".utf8)
    expectAllSplits({ NDJSONFramer(limits: smallLimits()) }, input, [.oversize(limit: 16), message("{\"b\":2}")])
  }

  /// The limit applies to the content; `\r\n` or `\n` do not count.
  @Test func limitCountsTheLineWithoutItsTerminator() {
    let exact = String(repeating: "7", count: 16)
    let over = String(repeating: "7", count: 17)
    let input = Array("\(exact)\r\n\(over)\r\n\(exact)\n\(over)\n".utf8)
    expectAllSplits(
      { NDJSONFramer(limits: smallLimits()) }, input,
      [message(exact), .oversize(limit: 16), message(exact), .oversize(limit: 16)])
  }

  /// Memory stays bounded while a huge line is skipped.
  @Test func oversizeLineIsNotBuffered() {
    var framer = NDJSONFramer(limits: smallLimits())
    for _ in 0..<1000 { #expect(framer.feed(Array(repeating: UInt8(ascii: "x"), count: 1000)).isEmpty) }
    #expect(framer.isDiscarding)
    #expect(framer.bufferedByteCount == 0)
    #expect(framer.feed(Array("\n1\n".utf8)) == [.oversize(limit: 16), message("1")])
  }

  /// The framer never judges content: the handler answers -32700.
  @Test func garbageAndInvalidUTF8PassThroughToTheHandler() {
    let input: [UInt8] = Array("hello world\n".utf8) + [0xFF, 0xFE, 0x7B, 0xC3, 0x0A]
    expectAllSplits({ NDJSONFramer() }, input, [message("hello world"), .message([0xFF, 0xFE, 0x7B, 0xC3])])
  }

  /// A peer vanishing mid-line produces no message.
  @Test func partialLineAtEndIsNotAMessage() {
    var framer = NDJSONFramer()
    #expect(framer.feed(Array("{\"id\":1}\n{\"id\":".utf8)) == [message("{\"id\":1}")])
    #expect(framer.bufferedByteCount == 6)
  }

  /// Output framing: a newline, or a canonical Content-Length header first.
  @Test func outputIsOneLinePerMessage() {
    #expect(Framing.ndjson.frame(Array("{}".utf8)) == Array("{}\n".utf8))
    #expect(Framing.contentLength.frame(Array("{\"a\":\"é\"}".utf8)) == Array("Content-Length: 10\r\n\r\n{\"a\":\"é\"}".utf8))
  }
}

/// End of input (issue 14, item 10): a last line without `\n` is still a message.
@Suite struct NDJSONFinishTests {
  @Test(arguments: [
    (#"{"a":1}"#, [#"{"a":1}"#]),
    (#"{"a":1}"# + "\r", [#"{"a":1}"#]),
    ("{\"a\":1}\n{\"b\":2}", [#"{"b":2}"#]),
    ("{\"a\":1}\n", []),
    ("   ", []),
  ])
  func theLastLineWithoutNewlineIsFramedAtTheEnd(_ input: String, _ atEnd: [String]) {
    var f = NDJSONFramer()
    _ = f.feed(Array(input.utf8))
    let events = f.finish()
    #expect(events.count == atEnd.count)
    for (e, text) in zip(events, atEnd) {
      guard case .message(let bytes) = e else {
        Issue.record("\(e)")
        continue
      }
      #expect(String(decoding: bytes, as: UTF8.self) == text)
    }
    #expect(f.finish().isEmpty, "finish frames the line once")
  }

  @Test func anOversizeLastLineIsRefusedAtTheEnd() {
    var limits = Limits()
    limits.maxMessageBytes = 4
    var f = NDJSONFramer(limits: limits)
    _ = f.feed(Array("0123456789".utf8))
    guard case .oversize(let limit)? = f.finish().first else {
      Issue.record("no oversize event")
      return
    }
    #expect(limit == 4)
  }
}
