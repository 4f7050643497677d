import Foundation
import JSON
import Testing

@testable import Store

/// Snapshot damage, missing files, versions, the owner lock and permissions.
@Suite struct SafetyTests {
  func isError(_ kind: StoreError.Kind, _ check: @escaping (StoreError) -> Bool = { _ in true }) -> (any Error) -> Bool {
    { e in (e as? StoreError).map { $0.kind == kind && check($0) } ?? false }
  }

  @Test func snapshotRecoveryReplaysOnlyLaterEvents() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 5)
    try s.writeSnapshot(state: ["count": 5], throughSeq: 5)
    try fill(s, 2, from: 5)
    s.close()
    // Damage a line the snapshot covers: open must not even read it (flat start-up); verify still sees it.
    let path = dir + "/journal.jsonl"
    var bytes = bytesOf(path)
    bytes[lineStarts(bytes)[1] + 25] ^= 0x01
    overwrite(path, bytes)
    let again = try openStore(dir)
    #expect(again.recovered.snapshot == ["count": 5])
    #expect(again.recovered.snapshotSeq == 5)
    #expect(again.recovered.events.map(\.seq) == [6, 7])
    #expect(again.info()["events"] == 7)
    again.close()
    #expect(Store.verify(directory: dir).damage?.seq == 2)
  }

  @Test func truncatedSnapshotIsRefused() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    try s.writeSnapshot(state: ["count": 3, "names": ["a", "b"]], throughSeq: 3)
    s.close()
    let snap = dir + "/snapshot.json"
    let bytes = bytesOf(snap)
    overwrite(snap, Array(bytes.prefix(bytes.count / 2)))
    #expect(throws: StoreError.self) { try openStore(dir) }
    #expect(performing: { try openStore(dir) }, throws: isError(.damaged) { $0.file == "snapshot.json" && $0.message.contains("snapshot") })
    // A changed byte with valid JSON is caught by the snapshot's own hash.
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0x01
    overwrite(snap, flipped)
    #expect(performing: { try openStore(dir) }, throws: isError(.damaged))
    // repair: the journal is intact from genesis, so the snapshot is set aside and the state replayed.
    let report = try Store.repair(directory: dir, log: { _ in })
    #expect(report.after.ok && report.keptCopies.first?.hasPrefix("snapshot.json.damaged-") == true)
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.snapshot == nil && again.recovered.events.count == 3)
  }

  @Test func missingJournalWithSnapshotIsRefused() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 3)
    try s.writeSnapshot(state: ["count": 3], throughSeq: 3)
    s.close()
    unlink(dir + "/journal.jsonl")
    #expect(performing: { try openStore(dir) }, throws: isError(.damaged) { $0.file == "journal.jsonl" && $0.seq == 3 })
    #expect(!Store.verify(directory: dir).ok)
    let report = try Store.repair(directory: dir, log: { _ in })
    #expect(report.after.ok, "\(report.after.text)")
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.snapshot == ["count": 3] && again.recovered.events.isEmpty)
    let e = try again.append(draft(4))
    #expect(e.seq == 4)
  }

  @Test func newerFormatVersionIsRefused() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 2)
    s.close()
    let path = dir + "/journal.jsonl"
    let text = String(decoding: bytesOf(path), as: UTF8.self)
    overwrite(path, Array(text.replacingOccurrences(of: "{\"v\":1,\"seq\":1,", with: "{\"v\":2,\"seq\":1,").utf8))
    #expect(performing: { try openStore(dir) }, throws: isError(.newerFormat) { $0.message.contains("nieuwer") })
    // Same for a snapshot from a newer avgd.
    let dir2 = tempStoreDir()
    let s2 = try openStore(dir2)
    try s2.writeSnapshot(state: [:], throughSeq: 0)
    s2.close()
    let snap = String(decoding: bytesOf(dir2 + "/snapshot.json"), as: UTF8.self)
    overwrite(dir2 + "/snapshot.json", Array(snap.replacingOccurrences(of: "{\"v\":1,", with: "{\"v\":7,").utf8))
    #expect(performing: { try openStore(dir2) }, throws: isError(.newerFormat))
  }

  @Test func secondOpenFailsNamingThePid() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    #expect(performing: { try openStore(dir) }, throws: isError(.locked(pid: getpid())) { $0.message.contains("avgd connect") && $0.message.contains("\(getpid())") })
    #expect(performing: { try Store.repair(directory: dir, log: { _ in }) }, throws: isError(.locked(pid: getpid())))
    #expect(StoreCommand.run(["backup", tempStoreDir() + "-copy", "--store", dir]) == 1)
    s.close()
    let again = try openStore(dir)
    again.close()
  }

  // Modes whatever the umask: StoreHardeningLiveTests.modesAreStrictWhateverTheUmask runs the real
  // binary under umask 000 (the umask is the whole process's: setting it here would reach the
  // tests running beside this one).

  @Test func unsafeDirectoriesAreRefused() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    s.close()
    chmod(dir, 0o770)
    #expect(performing: { try openStore(dir) }, throws: isError(.permissions) { $0.message.contains("schrijfbaar") })
    chmod(dir, 0o707)
    #expect(performing: { try openStore(dir) }, throws: isError(.permissions))
    chmod(dir, 0o700)
    if geteuid() == 0 {  // only root can give a directory away; elsewhere this part is skipped
      chown(dir, 4242, 4242)
      #expect(performing: { try openStore(dir) }, throws: isError(.permissions) { $0.message.contains("4242") })
      chown(dir, 0, 0)
      chown(dir + "/journal.jsonl", 4242, 4242)
      #expect(performing: { try openStore(dir) }, throws: isError(.permissions) { $0.message.contains("4242") })
      chown(dir + "/journal.jsonl", 0, 0)
    }
    let ok = try openStore(dir)
    ok.close()
  }
}
