import Foundation
import Synchronization
import Wording

/// A check of journal bytes line by line: format, hash, chain (`prev`) and increasing seq.
/// Shared by recovery, `verify`, `repair` and compaction so all four agree on what "damaged" means.
struct JournalScan {
  /// The first line that failed, and whether it is the final line (a torn write) or mid-file damage.
  struct Problem {
    /// File offset of the start of the bad line.
    var offset: Int
    /// The bad line's seq, or the seq expected there when the line is unreadable.
    var seq: UInt64
    /// Plain-words reason, in both languages.
    var reason: Text
    /// True when nothing follows the bad line: the one write a crash may tear.
    var isFinalLine: Bool
    /// True when the line is from a newer format version.
    var newer: Bool
  }

  /// Good events, in order (only when collecting).
  var events: [StoredEvent] = []
  /// File offset just after each good event's line (parallel to `events` when collecting).
  var ends: [Int] = []
  /// Number of good lines.
  var count = 0
  /// Hash of the last good line (or the expected prev when there were none).
  var lastHash: String
  /// Seq of the last good line (or the seq before the range).
  var lastSeq: UInt64
  /// File offset just after the last good line.
  var goodEnd: Int
  /// `prev` of the first line seen.
  var firstPrev: String?
  /// The first damage, if any; scanning stops there.
  var problem: Problem?

  /// Scans `bytes`, which start at file offset `base`. `expectPrev` nil accepts any first `prev`.
  /// A large journal (`parallel`, by default from 1 MB) has its lines decoded and hashed on every
  /// core first; the chain, the order and the first problem are then taken line by line exactly
  /// as for a small one.
  init(_ bytes: [UInt8], base: Int, expectPrev: String?, afterSeq: UInt64, collect: Bool, parallel: Bool? = nil) {
    lastHash = expectPrev ?? JournalRecord.zeroHash
    lastSeq = afterSeq
    goodEnd = base
    let lines = Self.lines(bytes)
    let decoded = (parallel ?? (bytes.count >= 1 << 20)) ? Self.decodeInParallel(bytes, lines) : nil
    var expected = expectPrev
    var i = 0
    for (k, nl) in lines.enumerated() {
      let isFinal = nl + 1 == bytes.count
      var bad: (Text, UInt64?, Bool)?
      switch decoded?[k] ?? JournalRecord.decode(bytes[i..<nl]) {
      case .failure(let p):
        bad = (p.reason, p.seq, p.newer)
      case .success(let e):
        if let exp = expected, e.prev != exp {
          bad = (Texts.StoreRecovery.chainBroken, e.seq, false)
        } else if e.seq <= lastSeq {
          bad = (Texts.StoreRecovery.seqOutOfOrder(e.seq, after: lastSeq), e.seq, false)
        } else {
          if firstPrev == nil { firstPrev = e.prev }
          expected = e.hash
          lastHash = e.hash
          lastSeq = e.seq
          count += 1
          goodEnd = base + nl + 1
          if collect { events.append(e); ends.append(goodEnd) }
        }
      }
      if let (reason, seq, newer) = bad {
        problem = Problem(offset: base + i, seq: seq ?? lastSeq + 1, reason: reason, isFinalLine: isFinal, newer: newer)
        return
      }
      i = nl + 1
    }
    if i < bytes.count {
      problem = Problem(offset: base + i, seq: lastSeq + 1, reason: Texts.StoreRecovery.partialFinalLine,
        isFinalLine: true, newer: false)
    }
  }

  /// The offset of every newline, in order.
  private static func lines(_ bytes: [UInt8]) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(bytes.count / 512)
    bytes.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return }
      var i = 0
      while i < b.count, let p = memchr(base + i, 0x0A, b.count - i) {
        let nl = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        out.append(nl)
        i = nl + 1
      }
    }
    return out
  }

  /// Every line decoded (format and own hash), in slices spread over the cores.
  private static func decodeInParallel(_ bytes: [UInt8], _ lines: [Int]) -> [Result<StoredEvent, LineProblem>] {
    let slices = Swift.max(1, Swift.min(lines.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
    let results = DecodedLines(count: lines.count)
    DispatchQueue.concurrentPerform(iterations: slices) { s in
      let from = lines.count * s / slices, to = lines.count * (s + 1) / slices
      var out: [Result<StoredEvent, LineProblem>] = []
      out.reserveCapacity(to - from)
      for k in from..<to {
        let start = k == 0 ? 0 : lines[k - 1] + 1
        out.append(JournalRecord.decode(bytes[start..<lines[k]]))
      }
      results.set(from, out)
    }
    return results.all
  }
}

/// Lines decoded by the slices of `JournalScan.decodeInParallel`, gathered in order.
private final class DecodedLines: Sendable {
  /// The slices' results by first line, filled by the slices in any order.
  private let parts = Mutex<[Int: [Result<StoredEvent, LineProblem>]]>([:])
  private let count: Int

  init(count: Int) { self.count = count }

  /// Keeps the results of the slice starting at line `from`.
  func set(_ from: Int, _ results: [Result<StoredEvent, LineProblem>]) {
    parts.withLock { $0[from] = results }
  }

  /// All results in line order.
  var all: [Result<StoredEvent, LineProblem>] {
    parts.withLock { parts in
      var out: [Result<StoredEvent, LineProblem>] = []
      out.reserveCapacity(count)
      for key in parts.keys.sorted() { out.append(contentsOf: parts[key] ?? []) }
      return out
    }
  }
}
