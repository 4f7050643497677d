import Foundation
import JSON
import Testing

/// The store's texts from the real binary (issue 16 §1): `avgd store verify` speaks Dutch unless
/// `--language en`, with the same exit status and JSON members; the daemon's store log lines
/// speak its `--language` (they are written outside any call).
@Suite(.serialized) struct StoreLanguageLiveTests {
  /// `avgd ARGS`: exit status, stdout and stderr.
  static func avgd(_ args: [String]) throws -> (status: Int32, output: String, errors: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self))
  }

  /// A stopped store holding two breaches, in a fresh directory.
  static func store() throws -> (dir: String, store: String) {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try server.connect()
    for n in 0..<2 {
      c.sendLine(#"{"jsonrpc":"2.0","method":"breaches.register","params":{"kind":"nearMiss","summary":"phishing \#(n)","awareAt":"2026-11-25T09:00:00+01:00"},"id":1}"#)
      _ = c.readLine()
    }
    c.close()
    #expect(server.terminate() == 0)
    return (dir, store)
  }

  /// `json` without its text members (`message`, `warnings`).
  static func withoutTexts(_ v: JSONValue) -> JSONValue {
    switch v {
    case .object(let o):
      return .object(JSONObject(o.compactMap { k, x in ["message", "warnings"].contains(k) ? nil : (k, withoutTexts(x)) }))
    case .array(let a): return .array(a.map(withoutTexts))
    default: return v
    }
  }

  @Test func verifyOfADamagedStoreInBothLanguages() throws {
    let (_, store) = try Self.store()
    let path = store + "/journal.jsonl"
    var bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
    let needle = Array("phishing 0".utf8)
    let at = try #require((0..<(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
    bytes[at] = UInt8(ascii: "f")
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    let nl = try Self.avgd(["store", "verify", "--json", "--store", store])
    let en = try Self.avgd(["store", "verify", "--json", "--store", store, "--language", "en"])
    #expect(nl.status == 1 && en.status == 1)
    let a = try JSONParser.parse(nl.output), b = try JSONParser.parse(en.output)
    #expect(a["damage"]?["kind"] == "damaged" && a["damage"]?["file"] == "journal.jsonl" && a["damage"]?["seq"] == 1)
    #expect(Self.withoutTexts(a) == Self.withoutTexts(b), "only the texts differ:\n\(nl.output)\n\(en.output)")
    #expect(a["damage"]?["message"] == "journal.jsonl: hash klopt niet: de regel is veranderd of afgebroken", "\(nl.output)")
    #expect(b["damage"]?["message"] == "journal.jsonl: hash mismatch: the line was altered or torn", "\(en.output)")

    let text = try Self.avgd(["store", "verify", "--store", store])
    let english = try Self.avgd(["store", "verify", "--language", "en", "--store", store])
    #expect(text.output.hasPrefix("store \(store): BESCHADIGD\n  gebeurtenissen: 0, laatste seq: 0"), "\(text.output)")
    #expect(text.output.contains("  eerste schade: journal.jsonl: hash klopt niet: de regel is veranderd of afgebroken (journal.jsonl, bij byte 0, seq 1)"))
    #expect(english.output.hasPrefix("store \(store): DAMAGED\n  events: 0, last seq: 0"), "\(english.output)")
    #expect(english.output.contains("  first damage: journal.jsonl: hash mismatch: the line was altered or torn (journal.jsonl, byte 0, seq 1)"))

    // repair without --yes: the check, then what --yes would do, in the command's language.
    let refused = try Self.avgd(["store", "repair", "--store", store, "--language", "en"])
    #expect(refused.status == 2 && refused.errors.contains("run again with --yes to proceed"), "\(refused.errors)")
    let weigert = try Self.avgd(["store", "repair", "--store", store])
    #expect(weigert.status == 2 && weigert.errors.contains("voer het opnieuw uit met --yes om door te gaan"), "\(weigert.errors)")
    let usage = try Self.avgd(["store", "verify", "--language", "de"])
    #expect(usage.status == 2, "a language avgd does not speak is a usage error: \(usage.errors)")
  }

  @Test func theDaemonLogsTheStoreInItsLanguage() throws {
    for (language, warning) in [("nl", "store: waarschuwing: afgebroken laatste regel afgeknipt bij byte"), ("en", "store: warning: cut a torn final record at byte")] {
      let (dir, store) = try Self.store()
      let handle = try #require(FileHandle(forWritingAtPath: store + "/journal.jsonl"))
      handle.seekToEndOfFile()
      handle.write(Data(#"{"v":1,"seq":3,"#.utf8))
      handle.closeFile()
      let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store, "--language", language], socket: true, directory: dir)
      #expect(server.terminate() == 0)
      let log = server.stderr()
      #expect(log.contains(warning), "\(language): \(log)")
    }
  }
}
