import Foundation
import JSON
import Wording

/// The byte format of one journal line and of the snapshot file, and the hash rule they share.
///
/// A record is the compact JSON object `{"v":1,"seq":N,"at":..,"actor":..,"type":..,"data":..,"prev":..}`
/// followed by `,"hash":"<64 hex>"}`. The hash is SHA-256 over the record's bytes with that final
/// 75-byte suffix replaced by the single byte `}` — i.e. exactly the compact JSON of the record
/// without its hash member, as written. Hashing the bytes (not a re-serialisation) means a reader in
/// any language can check a line without reproducing our JSON writer.
enum JournalRecord {
  /// Format version this binary writes and the newest it reads.
  static let version = 1
  /// The `prev` of the very first event of a store (genesis).
  static let zeroHash = String(repeating: "0", count: 64)
  /// Length of `,"hash":"` + 64 hex + `"}`.
  static let hashSuffixLength = 75

  /// Encodes an event as a line (with trailing newline) and returns its hash.
  static func encode(seq: UInt64, draft: EventDraft, prev: String) -> (line: [UInt8], hash: String) {
    let object: JSONValue = .object(JSONObject([
      ("v", .int(version)), ("seq", .number(JSONNumber(uncheckedText: String(seq)))),
      ("at", .string(draft.at)), ("actor", .string(draft.actor)), ("type", .string(draft.type)),
      ("data", draft.data), ("prev", .string(prev)),
    ]))
    return seal(JSONWriter.bytes(object))
  }

  /// Appends the hash member to compact object bytes; returns the line with newline and the hash.
  static func seal(_ body: consuming [UInt8]) -> (line: [UInt8], hash: String) {
    let hash = SHA256.hex(body)
    var line = body  // taken over, not copied: a snapshot body is hundreds of megabytes
    line.removeLast()  // the closing brace
    line.append(contentsOf: Array(",\"hash\":\"\(hash)\"}\n".utf8))
    return (line, hash)
  }

  /// Checks a sealed record (no newline): well-formed suffix, matching hash. Returns the parsed object.
  /// A large record (a snapshot) has its hash worked out on a second thread while it is parsed.
  static func open(_ line: ArraySlice<UInt8>) -> Result<JSONObject, LineProblem> {
    let work = OpenWork()
    line.withUnsafeBufferPointer { buf in
      let shared = UncheckedBuffer(buf)
      if buf.count >= 1 << 20 {
        DispatchQueue.concurrentPerform(iterations: 2) { k in
          if k == 0 { work.parsed = parse(shared.buffer) } else { work.digest = bodyHash(shared.buffer) }
        }
      } else {
        work.parsed = parse(buf)
        work.digest = bodyHash(buf)
      }
    }
    let object: JSONObject
    switch work.parsed {
    case .success(let o)?: object = o
    case .failure(let p)?: return .failure(p)
    case nil: return .failure(.init(Texts.StoreRecovery.notValidJSON))
    }
    guard let v = object["v"]?.intValue else { return .failure(.init(Texts.StoreRecovery.noFormatVersion)) }
    if v > version { return .failure(.init(Texts.StoreRecovery.newerFormat(v, known: version), newer: true)) }
    guard v == version else { return .failure(.init(Texts.StoreRecovery.unknownFormat(v))) }
    let seq = object["seq"].flatMap { if case .number(let n) = $0 { return UInt64(n.text) } else { return nil } }
    guard let hash = object["hash"]?.stringValue, object.keys.last == "hash", isHex64(hash),
      line.count > hashSuffixLength
    else { return .failure(.init(Texts.StoreRecovery.hashMissing, seq: seq)) }
    guard line.suffix(hashSuffixLength).elementsEqual(",\"hash\":\"\(hash)\"}".utf8) else {
      return .failure(.init(Texts.StoreRecovery.hashMalformed, seq: seq))
    }
    guard work.digest == hash else { return .failure(.init(Texts.StoreRecovery.hashMismatch, seq: seq)) }
    return .success(object)
  }

  /// The record parsed as a JSON object.
  private static func parse(_ buf: UnsafeBufferPointer<UInt8>) -> Result<JSONObject, LineProblem> {
    do {
      guard let o = try JSONParser.parse(buf).objectValue else { return .failure(.init(Texts.StoreRecovery.notAnObject)) }
      return .success(o)
    } catch {
      return .failure(.init(Texts.StoreRecovery.notValidJSON("\(error)")))
    }
  }

  /// SHA-256 (hex) of the record with its hash suffix replaced by `}`, without copying it; nil
  /// when the record is too short to hold the suffix.
  private static func bodyHash(_ buf: UnsafeBufferPointer<UInt8>) -> String? {
    guard buf.count > hashSuffixLength else { return nil }
    var h = SHA256()
    h.update(UnsafeBufferPointer(rebasing: buf[..<(buf.count - hashSuffixLength)]))
    h.update(CollectionOfOne(UInt8(ascii: "}")))
    return SHA256.hex(digest: h.finalize())
  }

  /// What the two halves of `open` found.
  private final class OpenWork: @unchecked Sendable {
    // @unchecked, no lock: each member is written by one half only (`parsed` by the parser,
    // `digest` by the hasher), and read only after `concurrentPerform` has joined both halves.
    var parsed: Result<JSONObject, LineProblem>?
    var digest: String?
  }

  /// The record's bytes, read by both halves of `open` while the caller keeps them alive.
  private struct UncheckedBuffer: @unchecked Sendable {
    // @unchecked, no lock: the bytes are only read, and `open` keeps them alive until both
    // halves have joined.
    let buffer: UnsafeBufferPointer<UInt8>
    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }
  }

  /// Decodes and checks one journal line (no newline).
  static func decode(_ line: ArraySlice<UInt8>) -> Result<StoredEvent, LineProblem> {
    let object: JSONObject
    switch open(line) {
    case .failure(let p): return .failure(p)
    case .success(let o): object = o
    }
    guard object.keys == ["v", "seq", "at", "actor", "type", "data", "prev", "hash"],
      case .number(let n)? = object["seq"], let seq = UInt64(n.text),
      let at = object["at"]?.stringValue, let actor = object["actor"]?.stringValue,
      let type = object["type"]?.stringValue, let data = object["data"],
      let prev = object["prev"]?.stringValue, isHex64(prev), let hash = object["hash"]?.stringValue
    else { return .failure(.init(Texts.StoreRecovery.wrongMembers)) }
    return .success(StoredEvent(seq: seq, at: at, actor: actor, type: type, data: data, prev: prev, hash: hash))
  }

  /// True for 64 lowercase hex digits.
  static func isHex64(_ s: String) -> Bool {
    s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
  }
}

/// Why one line (or the snapshot) failed its checks.
struct LineProblem: Error {
  /// Plain-words reason, in both languages.
  var reason: Text
  /// The line's seq when it could still be read.
  var seq: UInt64?
  /// True when the line claims a newer format version.
  var newer: Bool

  /// Makes a problem; `seq` when the line was readable enough to know it.
  init(_ reason: Text, seq: UInt64? = nil, newer: Bool = false) {
    self.reason = reason
    self.seq = seq
    self.newer = newer
  }
}
