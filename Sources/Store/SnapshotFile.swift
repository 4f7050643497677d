import JSON
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// `snapshot.json`: the service's whole state as of event `seq`, sealed with the same hash rule as a
/// journal line, and anchored to the journal by `lastHash` and `journalOffset` so that recovery reads
/// only the journal after it (start-up time stays flat as the journal grows).
struct SnapshotFile {
  /// The last event the state includes.
  var seq: UInt64
  /// When the snapshot was written (RFC 3339).
  var at: String
  /// Hash of the journal line of event `seq` (or the chain base when `seq` has no line).
  var lastHash: String
  /// Byte offset in `journal.jsonl` just after the line of event `seq`: replay starts here.
  var journalOffset: Int
  /// Number of journal lines before `journalOffset`, so `info` can count events without reading them.
  var journalEvents: Int
  /// The service's state.
  var state: JSONValue

  /// The sealed file bytes: one compact JSON line.
  func encode() -> [UInt8] {
    let object: JSONValue = .object(JSONObject([
      ("v", .int(JournalRecord.version)), ("seq", .number(JSONNumber(uncheckedText: String(seq)))),
      ("at", .string(at)), ("lastHash", .string(lastHash)), ("journalOffset", .int(journalOffset)),
      ("journalEvents", .int(journalEvents)), ("state", state),
    ]))
    return JournalRecord.seal(JSONWriter.bytes(object)).line
  }

  /// Reads `snapshot.json` from `dir`; nil when absent; `.damaged`/`.newerFormat` when unusable.
  static func load(_ dir: String) throws(StoreError) -> SnapshotFile? {
    guard let bytes = try FileIO.readFile(dir + "/" + StoreFiles.snapshot) else { return nil }
    return try decode(bytes)
  }

  /// Checks and decodes snapshot bytes.
  static func decode(_ bytes: [UInt8]) throws(StoreError) -> SnapshotFile {
    func damaged(_ why: Text) -> StoreError {
      StoreError(.damaged, Texts.StoreRecovery.snapshotDamaged(why), file: StoreFiles.snapshot, offset: 0)
    }
    guard bytes.last == 0x0A else { throw damaged(Texts.StoreRecovery.cutShort) }
    let object: JSONObject
    switch JournalRecord.open(bytes.dropLast()) {
    case .failure(let p):
      if p.newer {
        throw StoreError(.newerFormat, Texts.StoreRecovery.inFile(StoreFiles.snapshot, p.reason), file: StoreFiles.snapshot)
      }
      throw damaged(p.reason)
    case .success(let o): object = o
    }
    guard case .number(let n)? = object["seq"], let seq = UInt64(n.text),
      let at = object["at"]?.stringValue, let lastHash = object["lastHash"]?.stringValue,
      JournalRecord.isHex64(lastHash), let offset = object["journalOffset"]?.intValue, offset >= 0,
      let count = object["journalEvents"]?.intValue, let state = object["state"]
    else { throw damaged(Texts.StoreRecovery.missingMembers) }
    return SnapshotFile(seq: seq, at: at, lastHash: lastHash, journalOffset: offset, journalEvents: count, state: state)
  }
}
