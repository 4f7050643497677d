import Foundation
import JSON
import JSONRPC
import Testing
import Wording

@testable import Service

/// The store's texts over the service (issue 16 §1): a store failure, `store.verify` and
/// `store.backup` answer in the call's `language`; codes, fields, kinds and files are the same in
/// both. The store keeps a failure as a `Text`, so a failure found once (here by the flusher, after
/// the store directory was removed) is told to each later call in that call's language.
@Suite struct StoreLanguageServiceTests {
  /// A service over a store in a fresh directory; the directory is returned with it.
  static func service() throws -> (AvgdService, String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-store-language-\(UUID().uuidString)").path
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.storeDirectory = dir + "/store"
    return (try AvgdService(configuration: c), dir)
  }

  static let breach: JSONObject = ["kind": "nearMiss", "summary": "Phishing", "awareAt": "2026-11-25T09:00:00+01:00"]

  /// One case: a call in both languages and the texts each must hold.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var method: String
    /// The params, given the store directory.
    var params: @Sendable (String) -> JSONObject
    var code: ErrorCode
    var field: String?
    var nl: @Sendable (String) -> String
    var en: @Sendable (String) -> String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "backup inside the store", method: "store.backup", params: { ["destination": .string($0 + "/inside")] },
      code: .invalidParams, field: "destination",
      nl: { "backupbestemming \($0)/inside geweigerd: die ligt in de storemap \($0); een back-up daar zou gewiste gegevens bewaren" },
      en: { "backup destination \($0)/inside refused: it lies inside the store directory \($0); a backup there would keep erased data" }),
    Case(
      name: "backup to a directory that is not empty", method: "store.backup", params: { _ in ["destination": "full"] },
      code: .storeFailure, field: nil,
      nl: { "backupbestemming \($0)-backups/full is niet leeg (\($0)-backups/full)" },
      en: { "backup destination \($0)-backups/full is not empty (\($0)-backups/full)" }),
  ]

  @Test(arguments: cases) func storeRefusalsAnswerInTheCallsLanguage(_ c: Case) throws {
    let (service, dir) = try Self.service()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = dir + "/store"
    mkdir(store + "-backups", 0o700)
    mkdir(store + "-backups/full", 0o700)
    FileManager.default.createFile(atPath: store + "-backups/full/x", contents: Data("x".utf8))
    var nl = c.params(store), en = nl
    nl["language"] = "nl"
    en["language"] = "en"
    let a = try #require(callError(service, c.method, nl)), b = try #require(callError(service, c.method, en))
    #expect(a.code == c.code && b.code == c.code)
    #expect(a.data?["field"] == b.data?["field"] && a.data?["field"] == c.field.map { .string($0) })
    let nlReason = try #require(a.data?["reason"]?.stringValue), enReason = try #require(b.data?["reason"]?.stringValue)
    #expect(nlReason.hasSuffix(c.nl(store)), "\(nlReason)")
    #expect(enReason.hasSuffix(c.en(store)), "\(enReason)")
  }

  @Test func aStoreRemovedWhileServingIsToldToEachCallInItsLanguage() throws {
    let (service, dir) = try Self.service()
    let store = dir + "/store"
    _ = call(service, "breaches.register", Self.breach)
    try FileManager.default.removeItem(atPath: dir)
    var nl = Self.breach, en = Self.breach
    nl["language"] = "nl"
    en["language"] = "en"
    // The first refusal comes from the flusher's check; the second from the stopped store.
    let first = try #require(callError(service, "breaches.register", nl))
    let second = try #require(callError(service, "breaches.register", en))
    let third = try #require(callError(service, "breaches.register", nl))
    #expect(first.code == .storeFailure && second.code == .storeFailure && third.code == .storeFailure)
    let gone = (
      nl: "de storemap \(store) of journal.jsonl daarin is verwijderd of vervangen terwijl avgd draaide",
      en: "the store directory \(store) or journal.jsonl in it was removed or replaced while avgd ran")
    let a = first.data?["reason"]?.stringValue ?? "", b = second.data?["reason"]?.stringValue ?? ""
    #expect(a.hasPrefix("de wijziging kon niet worden opgeslagen, dus er is niets gewijzigd: " + gone.nl), "\(a)")
    #expect(b.hasPrefix("the change could not be saved, so nothing was changed: " + gone.en), "\(b)")
    #expect(third.data?["reason"] == first.data?["reason"])
    #expect(a.hasSuffix(" (journal.jsonl)") && b.hasSuffix(" (journal.jsonl)"))

    // store.verify of the removed store: the same damage, its message in each call's language.
    let vnl = call(service, "store.verify", ["language": "nl"]), ven = call(service, "store.verify", ["language": "en"])
    #expect(vnl["ok"] == false && ven["ok"] == false)
    #expect(vnl["damage"]?["kind"] == "io" && ven["damage"]?["kind"] == "io")
    #expect(vnl["damage"]?["file"] == "journal.jsonl" && ven["damage"]?["file"] == "journal.jsonl")
    #expect(vnl["damage"]?["message"]?.stringValue?.hasPrefix(gone.nl) == true, "\(vnl)")
    #expect(ven["damage"]?["message"]?.stringValue?.hasPrefix(gone.en) == true, "\(ven)")
  }

  @Test func aMemoryServiceSaysItKeepsNoJournalInTheCallsLanguage() throws {
    let service = try makeService()
    #expect(call(service, "store.verify", ["language": "nl"])["warnings"] == ["een service in het geheugen houdt geen journaal bij"])
    #expect(call(service, "store.verify", ["language": "en"])["warnings"] == ["an in-memory service keeps no journal"])
    let nl = try #require(callError(service, "store.backup", ["destination": "/tmp/x", "language": "nl"]))
    let en = try #require(callError(service, "store.backup", ["destination": "/tmp/x", "language": "en"]))
    #expect(nl.code == .storeFailure && en.code == .storeFailure)
    #expect(nl.data?["reason"] == "een dienst in het geheugen heeft geen opslag om te back-uppen")
    #expect(en.data?["reason"] == "an in-memory service keeps no store to back up")
  }
}
