/// A check of journal bytes line by line: format, hash, chain (`prev`) and increasing seq.
/// Shared by recovery, `verify`, `repair` and compaction so all four agree on what "damaged" means.
struct JournalScan {
  /// The first line that failed, and whether it is the final line (a torn write) or mid-file damage.
  struct Problem {
    /// File offset of the start of the bad line.
    var offset: Int
    /// The bad line's seq, or the seq expected there when the line is unreadable.
    var seq: UInt64
    /// Plain-words reason.
    var reason: String
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
  init(_ bytes: [UInt8], base: Int, expectPrev: String?, afterSeq: UInt64, collect: Bool) {
    lastHash = expectPrev ?? JournalRecord.zeroHash
    lastSeq = afterSeq
    goodEnd = base
    var expected = expectPrev
    var i = 0
    while i < bytes.count {
      guard let nl = bytes[i...].firstIndex(of: 0x0A) else {
        problem = Problem(offset: base + i, seq: lastSeq + 1, reason: "partial final line (no newline): a torn write",
          isFinalLine: true, newer: false)
        return
      }
      let isFinal = nl + 1 == bytes.count
      var bad: (String, UInt64?, Bool)?
      switch JournalRecord.decode(bytes[i..<nl]) {
      case .failure(let p):
        bad = (p.reason, p.seq, p.newer)
      case .success(let e):
        if let exp = expected, e.prev != exp {
          bad = ("chain broken: prev is not the hash of the line before (a line was removed, added or changed)", e.seq, false)
        } else if e.seq <= lastSeq {
          bad = ("seq \(e.seq) does not follow seq \(lastSeq)", e.seq, false)
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
  }
}
