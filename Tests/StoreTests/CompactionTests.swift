import Foundation
import JSON
import Testing
import Wording

@testable import Store

/// Erasure by compaction, backup of a live store, and the CLI's exit codes.
@Suite struct CompactionTests {
  /// True when `needle` occurs in any file of `dir` (the test's "grep -r").
  func directoryContains(_ dir: String, _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    return StoreFiles.list(dir).contains { name in
      let b = bytesOf(dir + "/" + name)
      return b.count >= n.count && (0...(b.count - n.count)).contains { Array(b[$0..<($0 + n.count)]) == n }
    }
  }

  @Test func rewriteErasesDataFromEveryFileAndLinksTheOldChain() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    let secret = "Jansen-BSN-123456782"
    let e = try s.append(draft(3, secret: secret))
    try s.waitDurable(e.seq)
    try s.writeSnapshot(state: ["subjects": [.string(secret)]], throughSeq: e.seq)
    try fill(s, 2, from: 4)
    s.close()
    // Leave a damaged copy holding the secret too: compaction must not leave it behind.
    overwrite(dir + "/journal.jsonl.damaged-20250101T000000Z", bytesOf(dir + "/journal.jsonl"))
    let store = try openStore(dir)
    let oldFinal = store.info()["lastHash"]?.stringValue
    #expect(directoryContains(dir, secret))
    try store.rewrite({ $0.data["subject"]?.stringValue == secret ? nil : $0.draft }, finalState: ["subjects": []])
    #expect(!directoryContains(dir, secret))
    #expect(StoreFiles.list(dir).allSatisfy { !$0.contains("damaged") && !$0.hasSuffix(".next") && !$0.hasSuffix(".tmp") })
    let next = try store.append(draft(10))
    #expect(next.seq == 8)  // 6 events + the marker (seq 7)
    store.close()
    #expect(Store.verify(directory: dir).ok)
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.snapshot == ["subjects": []] && again.recovered.snapshotSeq == 7)
    #expect(again.recovered.events.map(\.seq) == [8])
    // The new chain's first line records the old chain's final hash; the marker says what happened.
    let lines = String(decoding: bytesOf(dir + "/journal.jsonl"), as: UTF8.self).split(separator: "\n")
    let first = try JSONParser.parse(String(lines[0]))
    let marker = try JSONParser.parse(String(lines[lines.count - 2]))
    #expect(first["prev"]?.stringValue == oldFinal && first["seq"] == 1)
    #expect(marker["type"] == "store.compacted" && marker["data"]?["previousFinalHash"]?.stringValue == oldFinal)
    #expect(marker["data"]?["removed"] == 1 && marker["data"]?["kept"] == 5)
  }

  @Test func interruptedRewriteIsFinishedOrUndone() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    s.close()
    // Not committed (snapshot not switched): a stray next-journal is discarded.
    overwrite(dir + "/journal.jsonl.next", Array("{\"v\":1,\"seq\":1}\n".utf8))
    let log = LogBox()
    let a = try openStore(dir, log: log.sink)
    #expect(a.recovered.events.count == 3 && !FileIO.exists(dir + "/journal.jsonl.next"))
    #expect(a.recovered.warnings.contains { $0.en.contains("discarded") })
    a.close()
  }

  @Test func backupWhileRunningIsAConsistentStore() throws {
    let dir = tempStoreDir(), dest = tempStoreDir() + "-backup"
    let s = try openStore(dir)
    try fill(s, 4)
    try s.writeSnapshot(state: ["n": 4], throughSeq: 4)
    try fill(s, 2, from: 4)
    try s.backup(to: dest)
    try fill(s, 1, from: 6)
    #expect(throws: StoreError.self) { try s.backup(to: dest) }  // not empty any more
    s.close()
    #expect(mode(dest) == 0o700 && mode(dest + "/journal.jsonl") == 0o600)
    let b = try openStore(dest)
    defer { b.close() }
    #expect(b.recovered.snapshot == ["n": 4] && b.recovered.events.map(\.seq) == [5, 6])
  }

  @Test func commandLineExitCodes() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    s.close()
    #expect(StoreCommand.run(["verify", "--store", dir]) == 0)
    #expect(StoreCommand.run(["info", "--store", dir]) == 0)
    #expect(StoreCommand.run(["frobnicate"]) == 2)
    #expect(StoreCommand.run(["verify", "--store"]) == 2)
    let path = dir + "/journal.jsonl"
    var bytes = bytesOf(path)
    bytes[lineStarts(bytes)[1] + 25] ^= 0x01
    overwrite(path, bytes)
    #expect(StoreCommand.run(["verify", "--store", dir]) == 1)
    #expect(StoreCommand.run(["repair", "--store", dir]) == 2)  // needs --yes
    #expect(StoreCommand.run(["repair", "--store", dir, "--yes"]) == 0)
    #expect(StoreCommand.run(["verify", "--store", dir]) == 0)
    #expect(StoreCommand.run(["backup", tempStoreDir() + "-b", "--store", dir]) == 0)
  }

  @Test func defaultDirectoryFollowsTheEnvironment() {
    let d = Store.defaultDirectory()
    let env = ProcessInfo.processInfo.environment
    if let s = env["AVGD_STORE"], !s.isEmpty { #expect(d == s) } else { #expect(d.hasSuffix("/avgd")) }
  }
}
