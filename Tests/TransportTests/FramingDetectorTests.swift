import JSONRPC
import Testing
@testable import Transport

@Suite struct FramingDetectorTests {
  @Test func jsonSelectsNDJSON() {
    expectAllSplits({ FramingDetector() }, Array("  \r\n{\"a\":1}\n[2]\n".utf8), [message("{\"a\":1}"), message("[2]")])
    var detector = FramingDetector()
    _ = detector.feed(Array(" \n[".utf8))
    #expect(detector.framing == .ndjson)
  }

  @Test(arguments: ["Content-Length: 2\r\n\r\n{}", "\r\n content-length: 2\r\n\r\n{}"])
  func headerSelectsContentLength(input: String) {
    expectAllSplits({ FramingDetector() }, Array(input.utf8), [message("{}")])
    var detector = FramingDetector()
    _ = detector.feed(Array(input.utf8))
    #expect(detector.framing == .contentLength)
  }

  @Test func undecidedUntilTheFirstSignificantByte() {
    var detector = FramingDetector()
    #expect(detector.feed(Array(" \r\n\t".utf8)).isEmpty)
    #expect(detector.framing == nil)
  }

  @Test func choiceIsSticky() {
    let input = Array("{}\nContent-Length: 2\r\n\r\n{}\n".utf8)
    expectAllSplits({ FramingDetector() }, input, [message("{}"), message("Content-Length: 2"), message("{}")])
  }

  @Test func garbageSelectsNDJSONAndReachesTheHandler() {
    expectAllSplits({ FramingDetector() }, Array("garbage\n".utf8), [message("garbage")])
  }
}
