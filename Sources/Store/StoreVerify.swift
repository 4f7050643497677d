import Foundation
import JSON
import Wording

/// The result of an offline check of a store directory (`avgd store verify`).
public struct VerifyReport: Sendable {
  /// True when nothing is damaged (a torn final line alone is a warning: open cuts it).
  public var ok: Bool { damage == nil }
  /// The directory checked.
  public var directory: String
  /// The first damage found: file, byte offset and seq, with a plain-words reason.
  public var damage: StoreError?
  /// Things that are not damage but worth knowing (torn final line, no journal yet), in both
  /// languages: `json` and `text` render them in the language of the call or command reading them.
  public var warnings: [Text] = []
  /// Good journal lines.
  public var events = 0
  /// Seq of the last good line.
  public var lastSeq: UInt64 = 0
  /// Snapshot position and time, if there is a snapshot.
  public var snapshotSeq: UInt64?
  /// When the snapshot was written.
  public var snapshotAt: String?
  /// File names and sizes in bytes.
  public var files: [(name: String, bytes: Int)] = []
  /// Registers whose promised erasure has not finished yet (`erasure.pending`): avgd finishes it at
  /// its next start; until then the purged data may still be in the files (AVG art. 17).
  public var pendingErasures: [String] = []
  /// The durable end recorded outside the journal (`head.json`), if there is one.
  public var headSeq: UInt64?

  /// The report as JSON, for `store.verify` replies and scripts.
  public var json: JSONValue {
    var o: JSONObject = ["directory": .string(directory), "ok": .bool(ok), "events": .int(events),
      "lastSeq": .number(JSONNumber(uncheckedText: String(lastSeq)))]
    o["snapshotSeq"] = snapshotSeq.map { .number(JSONNumber(uncheckedText: String($0))) } ?? .null
    o["snapshotAt"] = .optional(snapshotAt)
    o["files"] = .array(files.map { ["name": .string($0.name), "bytes": .int($0.bytes)] })
    o["warnings"] = .array(warnings.map { .string($0.string) })
    o["pendingErasures"] = .array(pendingErasures.map { .string($0) })
    o["headSeq"] = headSeq.map { .number(JSONNumber(uncheckedText: String($0))) } ?? .null
    if let d = damage {
      o["damage"] = ["kind": .string(d.kindName), "message": .string(d.message), "file": .optional(d.file),
        "offset": d.offset.map { .int($0) } ?? .null, "seq": d.seq.map { .number(JSONNumber(uncheckedText: String($0))) } ?? .null]
    }
    return .object(o)
  }

  /// Human-readable summary for the terminal, in `Language.current`.
  public var text: String {
    var lines = [Texts.StoreVerify.header(directory, ok: ok),
      Texts.StoreVerify.counts(events: events, lastSeq: lastSeq, snapshotSeq: snapshotSeq, snapshotAt: snapshotAt)]
    for f in files { lines.append(Texts.StoreVerify.fileSize(f.name, bytes: f.bytes)) }
    if !pendingErasures.isEmpty { lines.append(Texts.StoreVerify.pendingErasure(pendingErasures.joined(separator: ", "))) }
    for w in warnings { lines.append(Texts.StoreVerify.warning(w)) }
    if let d = damage { lines.append(Texts.StoreVerify.firstDamage(d.text)) }
    return Text.joined(lines, separator: "\n").string
  }
}

extension Store {
  /// Checks a store directory without taking the lock or changing anything: the snapshot's seal, every
  /// journal line's format, hash, chain link and seq order, and that the snapshot is anchored in the journal.
  /// Safe while avgd runs (a line being written at that moment may show as a torn final line).
  public static func verify(directory: String) -> VerifyReport {
    var r = VerifyReport(directory: directory)
    // The file list is a report line only: a directory that cannot be listed shows none, and the
    // checks below read each file themselves and report its own error.
    for name in (try? StoreFiles.names(directory)) ?? [] {
      var st = stat()
      if lstat(directory + "/" + name, &st) == 0 { r.files.append((name, Int(st.st_size))) }
    }
    var snapshot: SnapshotFile?
    do throws(StoreError) {
      let pending = try ErasureIntent.load(directory).registers
      r.pendingErasures = pending
      if !pending.isEmpty {
        r.warnings.append(Texts.StoreVerify.erasureNotFinished(pending.joined(separator: ", ")))
      }
      snapshot = try SnapshotFile.load(directory)
      r.snapshotSeq = snapshot?.seq
      r.snapshotAt = snapshot?.at
      let head = try HeadFile.load(directory)
      r.headSeq = head?.seq
      guard let bytes = try FileIO.readFile(directory + "/" + StoreFiles.journal) else {
        if snapshot == nil, let head, head.seq > 0 {
          throw StoreError(.damaged, Texts.StoreVerify.journalMissingHead(seq: head.seq), file: StoreFiles.journal, seq: head.seq)
        }
        if let s = snapshot {
          throw StoreError(.damaged, Texts.StoreVerify.journalMissingSnapshot(seq: s.seq), file: StoreFiles.journal, seq: s.seq)
        }
        r.warnings.append(Texts.StoreVerify.noJournalYet)
        return r
      }
      try check(bytes, snapshot: snapshot, head: head, into: &r)
    } catch {
      r.damage = error
    }
    return r
  }

  private static func check(_ bytes: [UInt8], snapshot: SnapshotFile?, head: HeadFile?, into r: inout VerifyReport)
    throws(StoreError)
  {
    let file = StoreFiles.journal
    let scan = JournalScan(bytes, base: 0, expectPrev: nil, afterSeq: 0, collect: true)
    r.events = scan.count
    r.lastSeq = scan.lastSeq
    if let p = scan.problem {
      if p.newer { throw StoreError(.newerFormat, p.reason, file: file, offset: p.offset, seq: p.seq) }
      if p.isFinalLine && p.offset >= (snapshot?.journalOffset ?? 0) {
        r.warnings.append(Texts.StoreVerify.tornFinalLine(offset: p.offset, seq: p.seq, reason: p.reason))
      } else {
        throw StoreError(.damaged, Texts.StoreRecovery.inFile(file, p.reason), file: file, offset: p.offset, seq: p.seq)
      }
    }
    // A journal restarted after its snapshot (offset 0) and still empty ends at the snapshot.
    let end = scan.count == 0 && snapshot?.journalOffset == 0 ? snapshot?.seq ?? 0 : scan.lastSeq
    if let head, let lost = head.problem(lastSeq: end, events: scan.events, snapshotSeq: snapshot?.seq ?? 0,
      snapshotHash: snapshot?.lastHash)
    {
      var e = lost
      e.offset = scan.goodEnd
      throw e
    }
    if snapshot == nil, let error = Recovery.compactedWithoutSnapshot(bytes) { throw error }
    guard let s = snapshot else { return }
    if s.journalOffset == 0 {
      if let first = scan.events.first, first.prev != s.lastHash {
        throw StoreError(.damaged, Texts.StoreVerify.notContinuingSnapshot, file: file, offset: 0, seq: first.seq)
      }
      return
    }
    guard let k = scan.ends.firstIndex(of: s.journalOffset), scan.events[k].seq == s.seq, scan.events[k].hash == s.lastHash
    else {
      throw StoreError(.damaged, Texts.StoreVerify.snapshotNotAnchored(seq: s.seq, offset: s.journalOffset),
        file: file, offset: min(s.journalOffset, bytes.count), seq: s.seq)
    }
  }
}
