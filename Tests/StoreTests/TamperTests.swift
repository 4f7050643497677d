import Foundation
import JSON
import Testing

@testable import Store

/// Tamper evidence (AVG art. 5(1)(f), 5(2)): changing any single byte of a journal line is found by
/// `Store.verify`, which names the file, the line's byte offset and its seq.
@Suite struct TamperTests {
  /// Byte offsets where each line starts.
  static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
    return starts
  }

  @Test(arguments: [0, 3, 7])
  func aSingleModifiedByteIsFound(line: Int) throws {
    let dir = tempStoreDir()
    let store = try openStore(dir, fsync: false)
    try fill(store, 10)
    store.close()
    #expect(Store.verify(directory: dir).ok)
    let path = dir + "/" + StoreFiles.journal
    var bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
    let starts = Self.lineStarts(bytes)
    // Change one character inside the subject ("pupil-N" -> "pupim-N"): still valid JSON, same length.
    let lineEnd = line + 1 < starts.count ? starts[line + 1] : bytes.count
    let text = bytes[starts[line]..<lineEnd]
    let target = try #require(Self.find(Array("pupil".utf8), in: Array(text)))
    bytes[starts[line] + target + 4] = UInt8(ascii: "m")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let report = Store.verify(directory: dir)
    #expect(!report.ok)
    let damage = try #require(report.damage)
    #expect(damage.file == StoreFiles.journal)
    #expect(damage.offset == starts[line], "\(damage)")
    #expect(damage.seq == UInt64(line + 1), "\(damage)")
    #expect(report.json["damage"]?["offset"] == .int(starts[line]))
  }

  static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
    guard hay.count >= needle.count else { return nil }
    return (0...(hay.count - needle.count)).first { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
  }
}
