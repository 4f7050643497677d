import JSONRPC
import Testing
@testable import Transport

/// The sticky first-byte choice between NDJSON and Content-Length.
@Suite struct FramingDetectorTests {
  /// JSON after leading whitespace selects newline mode.
  @Test func jsonSelectsNDJSON() {
    expectAllSplits({ FramingDetector() }, Array("  \r\n{\"a\":1}\n[2]\n".utf8), [message("{\"a\":1}"), message("[2]")])
    var detector = FramingDetector()
    _ = detector.feed(Array(" \n[".utf8))
    #expect(detector.framing == .ndjson)
  }

  /// `C`/`c` (never the start of JSON) selects header mode.
  @Test(arguments: ["Content-Length: 2\r\n\r\n{}", "\r\n content-length: 2\r\n\r\n{}"])
  func headerSelectsContentLength(input: String) {
    expectAllSplits({ FramingDetector() }, Array(input.utf8), [message("{}")])
    var detector = FramingDetector()
    _ = detector.feed(Array(input.utf8))
    #expect(detector.framing == .contentLength)
  }

  /// Whitespace alone decides nothing.
  @Test func undecidedUntilTheFirstSignificantByte() {
    var detector = FramingDetector()
    #expect(detector.feed(Array(" \r\n\t".utf8)).isEmpty)
    #expect(detector.framing == nil)
  }

  /// A later line that looks like a header is just a line.
  @Test func choiceIsSticky() {
    let input = Array("{}\nContent-Length: 2\r\n\r\n{}\n".utf8)
    expectAllSplits({ FramingDetector() }, input, [message("{}"), message("Content-Length: 2"), message("{}")])
  }

  /// Anything else is newline mode, so the handler can answer -32700.
  @Test func garbageSelectsNDJSONAndReachesTheHandler() {
    expectAllSplits({ FramingDetector() }, Array("garbage\n".utf8), [message("garbage")])
  }
}
