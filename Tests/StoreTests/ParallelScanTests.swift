import Foundation
import JSON
import Testing

@testable import Store

/// A large journal is decoded on all cores before its chain is followed; whatever the damage,
/// the scan must report exactly what the one-line-at-a-time scan reports.
@Suite struct ParallelScanTests {
  /// The journal of a store holding `count` events.
  static func journal(_ count: Int) throws -> [UInt8] {
    let dir = tempStoreDir()
    let s = try openStore(dir, fsync: false)
    try fill(s, count)
    s.close()
    return bytesOf(dir + "/" + StoreFiles.journal)
  }

  /// Both scans of `bytes` agree on everything they report.
  static func agree(_ bytes: [UInt8], _ label: String) {
    let one = JournalScan(bytes, base: 100, expectPrev: nil, afterSeq: 0, collect: true, parallel: false)
    let all = JournalScan(bytes, base: 100, expectPrev: nil, afterSeq: 0, collect: true, parallel: true)
    // Compared through one digest each, so a failure prints two lines, not 3,000 hashes.
    #expect(SHA256.hex(Array(all.events.map(\.hash).joined().utf8)) == SHA256.hex(Array(one.events.map(\.hash).joined().utf8)), "\(label)")
    #expect(all.events.count == one.events.count && all.ends == one.ends && all.count == one.count, "\(label)")
    #expect(all.lastHash == one.lastHash && all.lastSeq == one.lastSeq && all.goodEnd == one.goodEnd, "\(label)")
    #expect(all.firstPrev == one.firstPrev, "\(label)")
    #expect(all.problem?.offset == one.problem?.offset && all.problem?.reason == one.problem?.reason, "\(label)")
    #expect(all.problem?.seq == one.problem?.seq && all.problem?.isFinalLine == one.problem?.isFinalLine, "\(label)")
  }

  @Test func everyKindOfDamageIsReportedAlike() throws {
    let good = try Self.journal(3000)
    let starts = lineStarts(good)
    Self.agree(good, "intact")
    #expect(JournalScan(good, base: 0, expectPrev: nil, afterSeq: 0, collect: false, parallel: true).problem == nil)

    var flipped = good
    flipped[starts[1700] + 40] ^= 0x01
    Self.agree(flipped, "a flipped byte")
    #expect(JournalScan(flipped, base: 0, expectPrev: nil, afterSeq: 0, collect: false, parallel: true).count == 1700)

    var removed = good
    removed.removeSubrange(starts[900]..<starts[901])
    Self.agree(removed, "a removed line")

    let torn = Array(good[..<(good.count - 30)])
    Self.agree(torn, "a torn final line")

    var twoProblems = good
    twoProblems[starts[2500] + 10] ^= 0x01
    twoProblems[starts[400] + 10] ^= 0x01
    Self.agree(twoProblems, "two damaged lines: the first counts")

    let repeated = Array(good[..<starts[2000]]) + Array(good[starts[1999]...])
    Self.agree(repeated, "a line written twice")
    Self.agree([], "empty")
  }
}
