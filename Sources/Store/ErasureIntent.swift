import JSON
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// `erasure.pending`: erasures the service has promised and not yet finished, kept outside the journal.
///
/// A purge removes records (journaled, durable) and then erases their earlier events from the files
/// by a compaction (AVG art. 5(1)(e), 17). A crash in between must not leave the data on disk for good,
/// so the promise is made durable first: the service marks a register here before its purge writes
/// anything, and clears the mark only after the compaction committed. At start-up a mark still here
/// means the erasure is redone (the service does it right after replay); `verify` reports it. The
/// store does not interpret the names: they are the service's register names.
struct ErasureIntent: Equatable {
  /// Registers whose erasure is pending, sorted, without duplicates.
  var registers: [String]

  /// The sealed file bytes: one compact JSON line, sealed like a journal line.
  func encode() -> [UInt8] {
    let object: JSONValue = .object(JSONObject([
      ("v", .int(JournalRecord.version)), ("registers", .array(registers.map { .string($0) })), ("at", .string(FileIO.now())),
    ]))
    return JournalRecord.seal(JSONWriter.bytes(object)).line
  }

  /// Reads `erasure.pending` in `dir`: none when absent; `.damaged` when it cannot be read (then
  /// nobody can say which erasure is owed: avgd refuses rather than forget it).
  static func load(_ dir: String) throws(StoreError) -> ErasureIntent {
    guard let bytes = try FileIO.readFile(dir + "/" + StoreFiles.erasure) else { return ErasureIntent(registers: []) }
    let damaged = StoreError(.damaged, Texts.StoreFiles.erasurePendingDamaged, file: StoreFiles.erasure, offset: 0)
    guard bytes.last == 0x0A, case .success(let o) = JournalRecord.open(bytes.dropLast()),
      let names = o["registers"]?.arrayValue
    else { throw damaged }
    let registers = names.compactMap(\.stringValue)
    guard registers.count == names.count else { throw damaged }
    return ErasureIntent(registers: Array(Set(registers)).sorted())
  }

  /// Writes the intent durably (atomic replace), or removes the file when nothing is pending.
  func save(_ dir: String, sync: Bool) throws(StoreError) {
    if registers.isEmpty {
      guard unlink(dir + "/" + StoreFiles.erasure) == 0 || errno == ENOENT else {
        throw .posix(Texts.StoreFiles.cannotRemove, file: StoreFiles.erasure)
      }
      try FileIO.syncDirectory(dir, enabled: sync)
    } else {
      try FileIO.replace(dir, StoreFiles.erasure, encode(), sync: sync)
    }
  }
}
