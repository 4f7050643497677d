import Foundation
import JSON
import Testing
import Wording

@testable import Store

@Suite struct JournalTests {
  @Test func appendReopenRoundTrip() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    let written = try fill(s, 5)
    #expect(written.map(\.seq) == [1, 2, 3, 4, 5])
    #expect(written[0].prev == String(repeating: "0", count: 64))
    #expect(written[1].prev == written[0].hash)
    s.close()
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.snapshot == nil)
    #expect(again.recovered.events == written)
    #expect(again.recovered.warnings.isEmpty)
    let next = try again.append(draft(99))
    #expect(next.seq == 6 && next.prev == written[4].hash)
    // The line format is the documented one, with the hash last.
    let line = String(decoding: bytesOf(dir + "/journal.jsonl"), as: UTF8.self).split(separator: "\n")[0]
    #expect(line.hasPrefix("{\"v\":1,\"seq\":1,\"at\":\"2025-03-01T10:00:00Z\",\"actor\":\"uid:1000\",\"type\":\"requests.opened\""))
    #expect(line.hasSuffix(",\"prev\":\"\(String(repeating: "0", count: 64))\",\"hash\":\"\(written[0].hash)\"}"))
  }

  @Test func writersWaitingWhenTheStoreClosesAreAllAnswered() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    let outcomes = LockedSeqs()
    // Append and wait until the store refuses; every wait must return (durable or closed).
    let group = onThreads(8) { t in
      for k in 0..<100_000 {
        do {
          let e = try s.append(draft(t * 100_000 + k))
          try s.waitDurable(e.seq)
          outcomes.add(e.seq)
        } catch let e as StoreError {
          if e.kind != .closed { Issue.record("unexpected \(e)") }
          return
        } catch {
          Issue.record("unexpected \(error)")
          return
        }
      }
    }
    let deadline = Date().addingTimeInterval(60)
    while outcomes.all.count < 200 && Date() < deadline { usleep(1000) }
    #expect(outcomes.all.count >= 200, "the writers did not get going")
    s.close()
    #expect(group.wait(timeout: .now() + 60) == .success, "a writer was left waiting after close")
    // Everything acknowledged as durable is in the journal after the restart.
    let again = try openStore(dir)
    defer { again.close() }
    let recovered = Set(again.recovered.events.map(\.seq))
    #expect(outcomes.all.allSatisfy { recovered.contains($0) })
  }

  @Test func groupCommitThirtyTwoThreads() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    let perThread = 20
    let seqs = LockedSeqs()
    onThreads(32) { t in
      for k in 0..<perThread {
        do {
          let e = try s.append(draft(t * 1000 + k))
          try s.waitDurable(e.seq)
          seqs.add(e.seq)
        } catch {
          Issue.record("append failed: \(error)")
        }
      }
    }.wait()
    let all = seqs.all
    #expect(all.count == 32 * perThread)
    #expect(Set(all).count == all.count)
    #expect(s.fsyncCount < all.count, "group commit should share fsyncs (\(s.fsyncCount) for \(all.count) appends)")
    s.close()
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.events.map(\.seq) == Array(1...UInt64(32 * perThread)))
  }

  @Test func tornPartialLastLineIsCutWithWarning() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    s.close()
    let path = dir + "/journal.jsonl"
    let good = bytesOf(path)
    overwrite(path, good + Array("{\"v\":1,\"seq\":4,\"at\":\"2025".utf8))
    let log = LogBox()
    let again = try openStore(dir, log: log.sink)
    #expect(again.recovered.events.count == 3)
    #expect(again.recovered.warnings.count == 1)
    #expect(again.recovered.warnings.first?.en.contains("torn") == true)
    #expect(log.all.contains { $0.contains("waarschuwing") && $0.contains("byte \(good.count)") })
    #expect(try again.append(draft(4)).seq == 4)
    again.close()
    #expect(Store.verify(directory: dir).ok)
  }

  @Test func badHashOnAnAcknowledgedLastLineIsRefusedNotCut() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 4)
    s.close()
    let path = dir + "/journal.jsonl"
    var bytes = bytesOf(path)
    let last = lineStarts(bytes).last ?? 0
    bytes[last + 30] ^= 0x01  // inside the last line's "at"
    overwrite(path, bytes)
    // head.json says seq 4 was durable: an altered final line is lost data, not a torn write.
    let report = Store.verify(directory: dir)
    #expect(!report.ok && report.damage?.seq == 4 && report.headSeq == 4, "\(report.text)")
    #expect(performing: { try openStore(dir) }, throws: { ($0 as? StoreError)?.kind == .damaged && ($0 as? StoreError)?.seq == 4 })
    #expect(bytesOf(path) == bytes, "start-up must not cut an acknowledged line")
    let repaired = try Store.repair(directory: dir, log: { _ in })
    #expect(repaired.after.ok, "\(repaired.after.text)")
    let copy = try #require(repaired.keptCopies.first { $0.hasPrefix("journal.jsonl.damaged-") })
    #expect(bytesOf(dir + "/" + copy) == bytes)
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.events.map(\.seq) == [1, 2, 3])
  }

  @Test func aBadLineAfterTheHeadIsCutAndKeptAsACopy() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    s.close()
    let path = dir + "/journal.jsonl"
    let good = bytesOf(path)
    // A fourth line that was being written when the power went: sealed, but one byte off.
    var (line, _) = JournalRecord.encode(seq: 4, draft: draft(4), prev: "0" + String(repeating: "1", count: 63))
    line[30] ^= 0x01
    overwrite(path, good + line)
    #expect(Store.verify(directory: dir).ok)  // beyond the head: a torn tail is a warning
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.events.map(\.seq) == [1, 2, 3])
    let warning = try #require(again.recovered.warnings.first)
    #expect(warning.string.contains("seq 4") && warning.string.contains("journal.jsonl.damaged-"))
    let copies = StoreFiles.list(dir).filter { $0.hasPrefix("journal.jsonl.damaged-") }
    #expect(copies.count == 1 && copies.first.map { bytesOf(dir + "/" + $0) } == line)
    #expect(bytesOf(path) == good)
  }

  @Test func midFileCorruptionRefusedAndVerifiedAndRepaired() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 6)
    s.close()
    let path = dir + "/journal.jsonl"
    var bytes = bytesOf(path)
    let original = bytes
    let third = lineStarts(bytes)[2]
    bytes[third + 25] ^= 0x01  // a digit of the date
    overwrite(path, bytes)
    #expect {
      try openStore(dir)
    } throws: { e in
      guard let e = e as? StoreError, e.kind == .damaged else { return false }
      return e.file == "journal.jsonl" && e.offset == third && e.seq == 3
    }
    let report = Store.verify(directory: dir)
    #expect(!report.ok)
    #expect(report.damage?.offset == third && report.damage?.seq == 3 && report.damage?.file == "journal.jsonl")
    let log = LogBox()
    let repaired = try Store.repair(directory: dir, log: log.sink)
    #expect(repaired.after.ok)
    // The journal's copy, and head.json's: it named seq 6 durable, and the loss of 3-6 is now accepted.
    #expect(repaired.keptCopies.count == 2)
    let copy = try #require(repaired.keptCopies.first { $0.hasPrefix("journal.jsonl.damaged-") })
    #expect(repaired.keptCopies.contains { $0.hasPrefix("head.json.damaged-") })
    #expect(bytesOf(dir + "/" + copy) == bytes)
    #expect(mode(dir + "/" + copy) == 0o600)
    #expect(bytesOf(path) == Array(original[..<third]))
    #expect(!log.all.isEmpty)
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.events.map(\.seq) == [1, 2])
    #expect(try again.append(draft(7)).seq == 3)
  }

  @Test func everySingleByteChangeIsDetected() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 4)
    s.close()
    let path = dir + "/journal.jsonl"
    let original = bytesOf(path)
    let lastStart = lineStarts(original).last ?? 0
    for i in 0..<original.count where i % 3 == 0 {
      var bytes = original
      bytes[i] = bytes[i] == UInt8(ascii: "q") ? UInt8(ascii: "r") : UInt8(ascii: "q")
      overwrite(path, bytes)
      let r = Store.verify(directory: dir)
      if i < lastStart {
        #expect(!r.ok, "change at byte \(i) not detected")
      } else {
        #expect(r.warnings.count == 1, "change in the last line at byte \(i) not reported")
      }
    }
    // Removing a whole middle line breaks the chain.
    let starts = lineStarts(original)
    overwrite(path, Array(original[..<starts[1]] + original[starts[2]...]))
    let r = Store.verify(directory: dir)
    #expect(r.damage?.message.contains("keten gebroken") == true && r.damage?.offset == starts[1], "\(r.text)")
  }
}

/// Thread-safe seq collector.
final class LockedSeqs: @unchecked Sendable {
  private let lock = NSLock()
  private var seqs: [UInt64] = []
  func add(_ s: UInt64) { lock.lock(); seqs.append(s); lock.unlock() }
  var all: [UInt64] { lock.lock(); defer { lock.unlock() }; return seqs }
}
