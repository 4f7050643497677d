import Foundation
import JSON
import Testing
import Wording

@testable import Store

/// The store's texts in both languages (issue 16 §1): the same failure says the same thing in
/// Dutch and English, with the same kind, file, byte offset and seq; only the words differ. A
/// failure keeps its `Text`, so it renders in the language of whoever reads it, even when it was
/// made on the flusher thread or under another language.
@Suite struct StoreLanguageTests {
  /// One way to damage a store, and what opening it must then say.
  struct Damage: CustomTestStringConvertible, Sendable {
    var name: String
    /// Changes the files of a closed store of three events.
    var damage: @Sendable (String) -> Void
    var kind: StoreError.Kind
    var file: String
    var offset: Int?
    var seq: UInt64?
    var nl: String
    var en: String
    var testDescription: String { name }
  }

  static let damages: [Damage] = [
    Damage(
      name: "a changed byte in a line before the last", damage: { dir in
        var bytes = bytesOf(dir + "/journal.jsonl")
        let at = lineStarts(bytes)[1] + 40  // inside the "at" of seq 2: still JSON, another hash
        bytes[at] = bytes[at] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        overwrite(dir + "/journal.jsonl", bytes)
      }, kind: .damaged, file: "journal.jsonl", offset: nil, seq: 2,
      nl: "journal.jsonl is beschadigd vóór het einde (hash klopt niet: de regel is veranderd of afgebroken); er is niets overgeslagen",
      en: "journal.jsonl is damaged before its end (hash mismatch: the line was altered or torn); nothing was skipped"),
    Damage(
      name: "a snapshot cut short", damage: { dir in
        let bytes = bytesOf(dir + "/snapshot.json")
        overwrite(dir + "/snapshot.json", Array(bytes.prefix(bytes.count / 2)))
      }, kind: .damaged, file: "snapshot.json", offset: 0, seq: nil,
      nl: "snapshot.json is afgekapt of beschadigd (geen newline aan het eind: het bestand is afgekapt)",
      en: "snapshot.json is truncated or corrupt (no final newline: the file is cut short)"),
    Damage(
      name: "the last acknowledged line removed", damage: { dir in
        var bytes = bytesOf(dir + "/journal.jsonl")
        bytes.removeLast()
        bytes.removeSubrange(((bytes.lastIndex(of: 0x0A) ?? -1) + 1)...)
        overwrite(dir + "/journal.jsonl", bytes)
      }, kind: .damaged, file: "journal.jsonl", offset: nil, seq: 3,
      nl: "journal.jsonl eindigt bij seq 2, maar head.json", en: "journal.jsonl ends at seq 2, but head.json"),
    Damage(
      name: "the journal gone", damage: { dir in unlink(dir + "/journal.jsonl") },
      kind: .damaged, file: "journal.jsonl", offset: nil, seq: 1,
      nl: "journal.jsonl ontbreekt, maar snapshot.json (seq 1", en: "journal.jsonl is missing but snapshot.json (seq 1"),
  ]

  /// A closed store of three events with a snapshot at seq 1 and a head at seq 3.
  static func store() throws -> String {
    let dir = tempStoreDir()
    let s = try openStore(dir, fsync: false)
    try fill(s, 1)
    try s.writeSnapshot(state: ["n": 1], throughSeq: 1)
    try fill(s, 2, from: 1)
    s.close()
    return dir
  }

  /// What opening `dir` throws, with `Language.current` bound to `language` while it is made.
  static func openError(_ dir: String, in language: Language) -> StoreError? {
    language.bound { () -> StoreError? in
      do throws(StoreError) {
        _ = try Store.open(directory: dir, options: StoreOptions(fsync: false))
        return nil
      } catch {
        return error
      }
    }
  }

  @Test(arguments: damages) func recoverySaysTheSameInBothLanguages(_ d: Damage) throws {
    let dir = try Self.store()
    d.damage(dir)
    let nl = try #require(Self.openError(dir, in: .nl), "opening must refuse \(d.name)")
    let en = try #require(Self.openError(dir, in: .en))
    #expect(nl == en, "the failure does not depend on the language it was made in")
    #expect(nl.kind == d.kind && nl.file == d.file && nl.seq == d.seq, "\(nl.kind) \(nl.file ?? "-") \(nl.seq.map(String.init) ?? "-")")
    if let offset = d.offset { #expect(nl.offset == offset) }
    let dutch = Language.nl.bound { nl.description }, english = Language.en.bound { nl.description }
    #expect(dutch.hasPrefix(d.nl), "\(dutch)")
    #expect(english.hasPrefix(d.en), "\(english)")
    #expect(dutch != english)
    #expect(Language.nl.bound { nl.message } == nl.reason.nl && Language.en.bound { nl.message } == nl.reason.en)
    // The location in each language's words; the file and the numbers are the same.
    let seq = nl.seq.map { ", seq \($0)" } ?? ""
    let at: (nl: String, en: String) = nl.offset.map { (", bij byte \($0)", ", byte \($0)") } ?? ("", "")
    #expect(dutch.hasSuffix("(\(d.file)\(at.nl)\(seq))"), "\(dutch)")
    #expect(english.hasSuffix("(\(d.file)\(at.en)\(seq))"), "\(english)")
  }

  @Test(arguments: damages) func verifyReportsTheSameDamageInBothLanguages(_ d: Damage) throws {
    let dir = try Self.store()
    d.damage(dir)
    let report = Store.verify(directory: dir)
    let nl = Language.nl.bound { report.json }, en = Language.en.bound { report.json }
    #expect(nl["ok"] == false && nl["damage"]?["kind"] == "damaged")
    let nlMessage = try #require(nl["damage"]?["message"]?.stringValue)
    let enMessage = try #require(en["damage"]?["message"]?.stringValue)
    #expect(nlMessage != enMessage && nlMessage == report.damage?.reason.nl && enMessage == report.damage?.reason.en)
    // Everything but the texts is identical: member names, kinds, files, offsets and seqs.
    #expect(Self.withoutTexts(nl) == Self.withoutTexts(en))
    #expect(Language.nl.bound { report.text }.hasPrefix("store \(dir): BESCHADIGD"))
    #expect(Language.en.bound { report.text }.hasPrefix("store \(dir): DAMAGED"))
    #expect(Language.nl.bound { report.text }.contains("  eerste schade: "))
    #expect(Language.en.bound { report.text }.contains("  first damage: "))
  }

  @Test func aTornFinalLineIsWarnedInBothLanguages() throws {
    let dir = try Self.store()
    var bytes = bytesOf(dir + "/journal.jsonl")
    let end = bytes.count
    bytes += Array(#"{"v":1,"seq":4,"at":"#.utf8)
    overwrite(dir + "/journal.jsonl", bytes)
    let report = Store.verify(directory: dir)
    #expect(report.ok && report.warnings.count == 1)
    let warning = try #require(report.warnings.first)
    #expect(warning.nl == "afgebroken laatste regel bij byte \(end) (seq 4): onvolledige laatste regel (geen newline): een afgebroken schrijfactie; avgd knipt die af bij de start")
    #expect(warning.en == "torn final line at byte \(end) (seq 4): partial final line (no newline): a torn write; avgd cuts it at start-up")
    #expect(Language.en.bound { report.json["warnings"] } == [.string(warning.en)])
    #expect(Language.nl.bound { report.json["warnings"] } == [.string(warning.nl)])
    let log = LogBox()
    let s = try openStore(dir, fsync: false, log: log.sink)
    s.close()
    let cut = try #require(s.recovered.warnings.first)
    #expect(cut.nl.hasPrefix("afgebroken laatste regel afgeknipt bij byte \(end) van journal.jsonl (seq 4,"))
    #expect(cut.en.hasPrefix("cut a torn final record at byte \(end) of journal.jsonl (seq 4,"))
    // The log speaks the process's language (Dutch in tests: no test sets `--language`).
    #expect(log.all.contains { $0 == "store: waarschuwing: " + cut.nl }, "\(log.all)")
  }

  /// A failure the flusher finds (the store removed under it) is kept as a `Text`: every later
  /// caller reads it in its own language.
  @Test func aFailureFoundByTheFlusherIsReadInEachCallersLanguage() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    defer { s.close() }
    try fill(s, 1)
    try FileManager.default.removeItem(atPath: dir)
    var found: StoreError?
    do throws(StoreError) {
      let e = try s.append(draft(2))
      try s.waitDurable(e.seq)
    } catch {
      found = error
    }
    let e = try #require(found)
    #expect(e.kind == .io && e.file == "journal.jsonl")
    let nl = Language.nl.bound { "\(e)" }, en = Language.en.bound { "\(e)" }
    #expect(nl == "de storemap \(dir) of journal.jsonl daarin is verwijderd of vervangen terwijl avgd draaide; wijzigingen worden niet meer bevestigd (ze zouden na een herstart weg zijn). Zet de store terug (uit een back-up) en herstart avgd (journal.jsonl)")
    #expect(en == "the store directory \(dir) or journal.jsonl in it was removed or replaced while avgd ran; changes are no longer acknowledged (they would be gone after a restart). Restore the store (from a backup) and restart avgd (journal.jsonl)")
    // A later append gets the same stopped failure, in the language of the one asking.
    let later = Language.en.bound { () -> String in
      do throws(StoreError) { _ = try s.append(draft(3)); return "" } catch { return error.message }
    }
    #expect(later == e.reason.en)
  }

  @Test func systemCallFailuresKeepTheOSReasonInBothLanguages() {
    let e = StoreError.posix(Texts.StoreFiles.cannotOpen, file: "journal.jsonl", errno: ENOENT)
    #expect(e.kind == .io)
    #expect(e.reason.nl == "kan het bestand niet openen: No such file or directory")
    #expect(e.reason.en == "cannot open: No such file or directory")
    let full = StoreError.posix(Texts.StoreFiles.writeFailed, file: "journal.jsonl", errno: ENOSPC)
    #expect(full.kind == .diskFull)
    #expect(full.reason.nl.hasPrefix("schrijven mislukt: No space left on device; de schrijfactie is teruggedraaid"))
    #expect(full.reason.en.hasPrefix("write failed: No space left on device; the write was undone"))
  }

  @Test func aLockedStoreNamesItsHolderInBothLanguages() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir, fsync: false)
    defer { s.close() }
    let e = try #require(Self.openError(dir, in: .en))
    #expect(e.kind == .locked(pid: getpid()) && e.file == "avgd.lock")
    #expect(e.reason.nl == "de store \(dir) is in gebruik door een andere avgd (pid \(getpid())); praat met die via `avgd connect`")
    #expect(e.reason.en == "the store \(dir) is in use by another avgd (pid \(getpid())); talk to it with `avgd connect` instead")
  }

  /// `json` with every text member (`message`, `warnings`) left out.
  static func withoutTexts(_ v: JSONValue) -> JSONValue {
    switch v {
    case .object(let o):
      return .object(JSONObject(o.compactMap { k, x in ["message", "warnings"].contains(k) ? nil : (k, withoutTexts(x)) }))
    case .array(let a): return .array(a.map(withoutTexts))
    default: return v
    }
  }
}
