import JSONRPC
import Testing
@testable import Transport

/// LSP header framing: case-insensitive headers, bounded lengths, and which errors close.
@Suite struct ContentLengthFramerTests {
  /// Mixed header casing, order, `utf8`/quoted charset, unknown headers and an empty body.
  @Test func parsesMessagesAtEverySplitPoint() {
    let input = Array(
      ("Content-Length: 7\r\n\r\n{\"a\":1}"
        + "content-type: application/vscode-jsonrpc; charset=utf8\r\nCONTENT-LENGTH:5\r\n\r\n[1,2]"
        + "\r\nContent-Length: 13\r\nContent-Type: application/json; charset=\"UTF-8\"\r\nX-Other: y\r\n\r\n{\"b\":\"\u{e9}t\u{e9}\"}"
        + "Content-Length: 0\r\n\r\n").utf8)
    expectAllSplits(
      { ContentLengthFramer() }, input,
      [message("{\"a\":1}"), message("[1,2]"), message("{\"b\":\"\u{e9}t\u{e9}\"}"), .message([])])
  }

  /// A 25-digit length is an error reply, not a crash, and ends the stream.
  @Test func hugeContentLengthNeverTraps() {
    let input = Array("Content-Length: 1234567890123456789012345\r\n\r\n{}".utf8)
    expectAllSplits({ ContentLengthFramer() }, input, [.fatal(.messageTooLarge(limit: Limits().maxMessageBytes))])
    var framer = ContentLengthFramer()
    _ = framer.feed(input)
    #expect(framer.feed(Array("Content-Length: 2\r\n\r\n{}".utf8)).isEmpty, "ignores input after a fatal error")
  }

  /// Lengths that are not plain digits cannot be trusted to resync.
  @Test(arguments: ["abc", "-5", "", "1 2", "0x10", "+3"])
  func invalidContentLengthIsFatal(value: String) {
    var framer = ContentLengthFramer()
    #expect(framer.feed(Array("Content-Length: \(value)\r\n\r\n{}".utf8)) == [.fatal(.framingError("ongeldige Content-Length"))])
  }

  /// Without a length the body boundary is unknown.
  @Test func missingContentLengthIsFatal() {
    let input = Array("Content-Type: application/json\r\n\r\n{}".utf8)
    expectAllSplits({ ContentLengthFramer() }, input, [.fatal(.framingError("de header Content-Length ontbreekt"))])
  }

  /// A header line without a colon is corrupt framing.
  @Test func malformedHeaderLineIsFatal() {
    var framer = ContentLengthFramer()
    #expect(framer.feed(Array("Content-Length 2\r\n\r\n{}".utf8)) == [.fatal(.framingError("onleesbare headerregel (geen dubbele punt)"))])
  }

  /// LSP: other encodings get an error; the known length lets the stream continue.
  @Test func wrongCharsetIsRefusedAndTheBodySkipped() {
    let input = Array(
      "Content-Length: 2\r\nContent-Type: application/json; charset=latin1\r\n\r\n{}Content-Length: 2\r\n\r\n[]".utf8)
    expectAllSplits(
      { ContentLengthFramer() }, input,
      [.rejected(.framingError("tekenset latin1 wordt niet ondersteund; alleen utf-8")), message("[]")])
  }

  /// A drainable over-limit body is skipped and refused; the next message parses.
  @Test func bodyOverLimitIsDrainedThenRefused() {
    let input = Array(("Content-Length: 20\r\n\r\n" + String(repeating: "z", count: 20) + "Content-Length: 2\r\n\r\n{}").utf8)
    expectAllSplits({ ContentLengthFramer(limits: smallLimits(message: 8)) }, input, [.oversize(limit: 8), message("{}")])
  }

  /// Beyond the drain cap the connection is not worth keeping.
  @Test func bodyOverTheDrainCapIsFatal() {
    var framer = ContentLengthFramer(limits: smallLimits(message: 8))
    #expect(framer.drainCap == 32)
    #expect(framer.feed(Array("Content-Length: 33\r\n\r\n".utf8)) == [.fatal(.messageTooLarge(limit: 8))])
  }

  /// Header bytes are bounded too.
  @Test func oversizedHeaderSectionIsFatal() {
    var framer = ContentLengthFramer(limits: smallLimits(header: 64))
    let events = framer.feed(Array(("X-Long: " + String(repeating: "a", count: 100) + "\r\n").utf8))
    #expect(events == [.fatal(.framingError("de headers zijn langer dan 64 bytes"))])
  }

  /// LSP headers are ASCII.
  @Test func nonASCIIHeaderIsFatal() {
    var framer = ContentLengthFramer()
    #expect(framer.feed(Array("Content-L\u{e9}ngth: 2\r\n\r\n{}".utf8)) == [.fatal(.framingError("de headers zijn geen ASCII"))])
  }
}
