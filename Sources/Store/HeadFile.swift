import JSON
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// `head.json`: the journal's last durable position (seq and hash), kept outside the journal.
///
/// The hash chain proves every line it holds, but not that lines after the last one were never
/// there: cutting the journal's tail leaves a valid chain. The head is written at every snapshot,
/// at every compaction, at a clean close and at least every `StoreOptions.headInterval` seconds
/// while writes go on, always for a seq that is already durable. Start-up and `verify` compare the
/// journal's end with it: a journal that ends before the head lost acknowledged events (refused,
/// never called "torn"), a torn tail after the head was never acknowledged by the time of the head
/// (cut, with a copy kept). See Protocol/store-format.md, "Head".
struct HeadFile: Equatable {
  /// The last durable event when the head was written.
  var seq: UInt64
  /// That event's hash (its journal line's `hash`).
  var lastHash: String
  /// When the head was written (RFC 3339).
  var at: String

  /// The sealed file bytes: one compact JSON line, sealed like a journal line.
  func encode() -> [UInt8] {
    let object: JSONValue = .object(JSONObject([
      ("v", .int(JournalRecord.version)), ("seq", .number(JSONNumber(uncheckedText: String(seq)))),
      ("lastHash", .string(lastHash)), ("at", .string(at)),
    ]))
    return JournalRecord.seal(JSONWriter.bytes(object)).line
  }

  /// Reads `head.json` from `dir`; nil when absent (a store from before heads, or a new one).
  static func load(_ dir: String) throws(StoreError) -> HeadFile? {
    guard let bytes = try FileIO.readFile(dir + "/" + StoreFiles.head) else { return nil }
    func damaged(_ why: Text) -> StoreError {
      StoreError(.damaged, Texts.StoreRecovery.headDamaged(why), file: StoreFiles.head, offset: 0)
    }
    guard bytes.last == 0x0A else { throw damaged(Texts.StoreRecovery.noFinalNewline) }
    let object: JSONObject
    switch JournalRecord.open(bytes.dropLast()) {
    case .failure(let p):
      if p.newer { throw StoreError(.newerFormat, Texts.StoreRecovery.inFile(StoreFiles.head, p.reason), file: StoreFiles.head) }
      throw damaged(p.reason)
    case .success(let o): object = o
    }
    guard case .number(let n)? = object["seq"], let seq = UInt64(n.text),
      let hash = object["lastHash"]?.stringValue, JournalRecord.isHex64(hash), let at = object["at"]?.stringValue
    else { throw damaged(Texts.StoreRecovery.missingMembers) }
    return HeadFile(seq: seq, lastHash: hash, at: at)
  }

  /// Writes the head atomically (temp file, fsync, rename, fsync of the directory).
  static func write(_ dir: String, seq: UInt64, hash: String, sync: Bool) throws(StoreError) {
    let head = HeadFile(seq: seq, lastHash: hash, at: FileIO.now())
    try FileIO.replace(dir, StoreFiles.head, head.encode(), sync: sync)
  }

  /// Compares the journal's intact part (ending at `lastSeq`, its events after the snapshot in
  /// `events`, the snapshot's position `snapshotSeq`/`snapshotHash`) with the head. Returns the
  /// damage when acknowledged events are missing or the head's event was changed; nil when the
  /// journal holds the head's event unchanged (or the head lies inside the history the snapshot covers).
  func problem(lastSeq: UInt64, events: [StoredEvent], snapshotSeq: UInt64, snapshotHash: String?) -> StoreError? {
    if seq > lastSeq {
      return StoreError(.damaged, Texts.StoreRecovery.endsBeforeHead(lastSeq: lastSeq, headSeq: seq, at: at),
        file: StoreFiles.journal, seq: lastSeq + 1)
    }
    let found: String?
    if seq == snapshotSeq, let snapshotHash { found = snapshotHash }
    else if let e = events.first(where: { $0.seq == seq }) { found = e.hash }
    else if seq < (events.first?.seq ?? lastSeq + 1) { return nil }  // before the checked part: the snapshot vouches
    else { found = nil }
    guard found != lastHash else { return nil }
    return StoreError(.damaged, Texts.StoreRecovery.headEventChanged(seq: seq, at: at), file: StoreFiles.journal, seq: seq)
  }
}
