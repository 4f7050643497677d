import JSON
import Testing
import Wording

@testable import Store

/// Records of a megabyte or more (snapshots) are hashed on a second thread while they are
/// parsed; the checks must be exactly those of small records.
@Suite struct LargeRecordTests {
  /// A sealed record of about `megabytes` MB, like a snapshot line (no newline).
  static func sealed(megabytes: Int) -> [UInt8] {
    let items: [JSONValue] = (0..<(megabytes * 15_000)).map { .string("record-\($0)-Zoë-de-Vries-Het-Baken-\($0 % 97)") }
    let body = JSONWriter.bytes(["v": 1, "seq": 7, "at": "2026-11-29T10:00:00Z", "state": .array(items)])
    var line = JournalRecord.seal(body).line
    line.removeLast()  // the newline
    return line
  }

  @Test func aLargeRecordOpens() throws {
    let line = Self.sealed(megabytes: 2)
    #expect(line.count > 1 << 20)
    guard case .success(let o) = JournalRecord.open(line[...]) else {
      Issue.record("a good record was refused")
      return
    }
    #expect(o["seq"] == 7)
    #expect(o["state"]?.arrayValue?.count == 30_000)
  }

  @Test(arguments: [0.3, 0.5, 0.9])
  func aFlippedByteIsAHashMismatch(at fraction: Double) throws {
    var line = Self.sealed(megabytes: 2)
    let k = Int(Double(line.count) * fraction)
    // Change a letter inside a string: still valid JSON, so only the hash can tell.
    let at = try #require(line[k...].firstIndex(of: UInt8(ascii: "r")))
    line[at] = UInt8(ascii: "R")
    guard case .failure(let p) = JournalRecord.open(line[...]) else {
      Issue.record("an altered record was accepted")
      return
    }
    #expect(p.reason.en.contains("hash mismatch"))
  }

  @Test func aCutRecordIsRefused() {
    let line = Self.sealed(megabytes: 2)
    guard case .failure(let p) = JournalRecord.open(line[..<(line.count - 40)]) else {
      Issue.record("a cut record was accepted")
      return
    }
    #expect(p.reason.en.contains("not valid JSON"))
  }
}
