import Foundation
import JSON
import Testing
import Wording

@testable import Store

/// Issue 14's store items: the durable head that shows a cut tail (7); the suites below cover the
/// removed store (8), snapshot trouble (10), the erasure promise (6) and backup destinations (3).
@Suite struct HeadTests {
  @Test func linesRemovedFromTheEndAreLostDataNotATornWrite() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 5)
    s.close()
    let path = dir + "/journal.jsonl"
    let full = bytesOf(path)
    overwrite(path, Array(full[..<lineStarts(full)[3]]))  // lines 4 and 5 gone, the chain of 1-3 intact
    let report = Store.verify(directory: dir)
    #expect(!report.ok && report.headSeq == 5 && report.damage?.seq == 4, "\(report.text)")
    #expect(performing: { try openStore(dir) }, throws: { ($0 as? StoreError)?.kind == .damaged })
    // The operator may accept the loss: repair says so, keeps the old head, and the store opens.
    let repaired = try Store.repair(directory: dir, log: { _ in })
    #expect(repaired.changed && repaired.after.ok, "\(repaired.after.text)")
    #expect(repaired.keptCopies.contains { $0.hasPrefix("head.json.damaged-") })
    let again = try openStore(dir)
    defer { again.close() }
    #expect(again.recovered.events.map(\.seq) == [1, 2, 3])
  }

  @Test func aJournalCutMidLineBeforeAnySnapshotIsRefusedAndKept() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 4)
    s.close()
    let path = dir + "/journal.jsonl"
    let full = bytesOf(path)
    let cut = Array(full[..<(lineStarts(full)[2] + 40)])  // in the middle of line 3
    overwrite(path, cut)
    #expect(!Store.verify(directory: dir).ok)
    #expect(performing: { try openStore(dir) }, throws: { ($0 as? StoreError)?.kind == .damaged })
    #expect(bytesOf(path) == cut, "start-up must not cut acknowledged lines")
  }

  @Test func theHeadFollowsTheDurableEndWhileRunning() throws {
    let dir = tempStoreDir()
    let s = try Store.open(directory: dir, options: StoreOptions(fsync: true, headInterval: 0))
    try fill(s, 3)
    // The flusher writes the head after the fsync that made seq 3 durable, before it serves seq 4.
    try fill(s, 1, from: 3)
    let head = try #require(try HeadFile.load(dir))
    #expect(head.seq >= 3)
    try s.writeSnapshot(state: ["n": 4], throughSeq: 4)
    #expect(try HeadFile.load(dir)?.seq == 4)  // a snapshot writes it too
    s.close()
  }

  @Test func aCompactionWritesTheHeadAtItsMarker() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 4)
    try s.rewrite({ $0.seq == 2 ? nil : $0.draft }, finalState: ["n": 3])
    let head = try #require(try HeadFile.load(dir))
    #expect(head.seq == 5)
    s.close()
    #expect(Store.verify(directory: dir).ok)
    let again = try openStore(dir)
    again.close()
  }
}

/// Issue 14 item 8: a store directory removed or a journal replaced while the store is open.
@Suite struct RemovedStoreTests {
  @Test(arguments: [true, false])
  func aRemovedStoreDirectoryStopsAcknowledgingWrites(fsync: Bool) throws {
    let dir = tempStoreDir()
    let log = LogBox()
    let s = try openStore(dir, fsync: fsync, log: log.sink)
    defer { s.close() }
    try fill(s, 2)
    #expect(s.verifyRunning().ok)
    try FileManager.default.removeItem(atPath: dir)
    #expect(throws: StoreError.self) {
      let e = try s.append(draft(3))
      try s.waitDurable(e.seq)
    }
    #expect(throws: StoreError.self) { try s.append(draft(4)) }  // and it stays stopped
    #expect(log.all.contains { $0.contains("verwijderd") && $0.contains(dir) }, "\(log.all)")
    let report = s.verifyRunning()
    #expect(!report.ok && report.damage?.file == "journal.jsonl", "\(report.text)")
  }

  @Test func aReplacedJournalIsNoticedToo() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    defer { s.close() }
    try fill(s, 2)
    rename(dir + "/journal.jsonl", dir + "/journal.old")
    overwrite(dir + "/journal.jsonl", [])
    #expect(throws: StoreError.self) { try fill(s, 1, from: 2) }
  }
}

/// Issue 14 item 10: snapshot failures are logged; a compacted store without its snapshot gets one answer.
@Suite struct SnapshotTroubleTests {
  @Test func aFailedSnapshotIsLogged() throws {
    let dir = tempStoreDir()
    let log = LogBox()
    let s = try openStore(dir, fsync: false, log: log.sink)
    defer { s.close() }
    try fill(s, 2)
    #expect(throws: StoreError.self) { try s.writeSnapshot(state: [:], throughSeq: 9) }
    #expect(log.all.contains { $0.contains("snapshot") && $0.contains("seq 9") }, "\(log.all)")
  }

  @Test func startUpVerifyAndRepairAgreeOnACompactedStoreWithoutItsSnapshot() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 4)
    try s.rewrite({ $0.seq == 2 ? nil : $0.draft }, finalState: ["n": 3])
    s.close()
    unlink(dir + "/snapshot.json")
    var atStart: StoreError?
    do { _ = try openStore(dir) } catch let e as StoreError { atStart = e }
    let verified = Store.verify(directory: dir).damage
    var atRepair: StoreError?
    do { _ = try Store.repair(directory: dir, log: { _ in }) } catch { atRepair = error }
    #expect(atStart?.file == "snapshot.json" && atStart?.kind == .damaged)
    #expect(atStart != nil && atStart == verified && atStart == atRepair, "start: \(String(describing: atStart))\nrepair: \(String(describing: atRepair))")
    #expect(atStart?.message.contains("ook niet met `avgd store repair`") == true)
  }
}

/// Issue 14 item 6: the erasure promise (`erasure.pending`) outlives a crash and is reported.
@Suite struct ErasurePromiseTests {
  @Test func aPromisedErasureSurvivesAndIsReported() throws {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 1)
    try s.markErasurePending("requests")
    try s.markErasurePending("breaches")
    try s.clearErasurePending("breaches")
    s.close()  // as after a crash before the compaction: the promise stays
    let report = Store.verify(directory: dir)
    #expect(report.ok && report.pendingErasures == ["requests"])
    #expect(report.json["pendingErasures"] == ["requests"])
    let again = try openStore(dir)
    #expect(again.recovered.pendingErasures == ["requests"] && again.pendingErasures == ["requests"])
    #expect(again.recovered.warnings.contains { $0.string.contains("requests") })
    try again.clearErasurePending("requests")
    again.close()
    #expect(!FileIO.exists(dir + "/erasure.pending") && Store.verify(directory: dir).pendingErasures.isEmpty)
  }
}

/// Issue 14 item 3: backup destinations are checked before anything changes; modes are left alone.
@Suite struct BackupDestinationTests {
  /// A store with two events, and its directory.
  func filled() throws -> (Store, String) {
    let dir = tempStoreDir()
    let s = try openStore(dir)
    try fill(s, 2)
    return (s, dir)
  }

  @Test func anExistingDirectoryKeepsItsModeAndANonEmptyOneIsLeftAlone() throws {
    let (s, dir) = try filled()
    defer { s.close() }
    let parent = (dir as NSString).deletingLastPathComponent
    let empty = parent + "/empty", full = parent + "/full"
    mkdir(empty, 0o755)
    chmod(empty, 0o755)
    mkdir(full, 0o755)
    chmod(full, 0o755)
    overwrite(full + "/keep.txt", [1])
    #expect(throws: StoreError.self) { try s.backup(to: full) }
    #expect(mode(full) == 0o755, "a refused destination must not have its mode changed")
    try s.backup(to: empty)
    #expect(mode(empty) == 0o755, "an existing destination keeps its mode")
    #expect(Store.verify(directory: empty).ok)
    let fresh = parent + "/new/deeper"
    try s.backup(to: fresh)
    #expect(mode(parent + "/new") == 0o700 && mode(fresh) == 0o700)
  }

  @Test(arguments: [
    "inside", "dots", "dotdot", "spaces", "nul", "self",
  ])
  func badDestinationsAreRefusedBeforeAnythingChanges(kind: String) throws {
    let (s, dir) = try filled()
    defer { s.close() }
    let parent = (dir as NSString).deletingLastPathComponent
    let destination: String
    switch kind {
    case "inside": destination = dir + "/backup"
    case "dots": destination = parent + "/..."
    case "dotdot": destination = parent + "/x/../store/b"
    case "spaces": destination = parent + "/  "
    case "nul": destination = parent + "/a\u{0}b"
    default: destination = dir
    }
    let before = StoreFiles.list(parent)
    #expect(throws: StoreError.self) { try Store.checkBackupDestination(destination, storeDirectory: dir) }
    #expect(throws: StoreError.self) { try s.backup(to: destination) }
    #expect(StoreFiles.list(parent) == before, "nothing may be created for a refused destination")
    #expect(StoreFiles.list(dir).allSatisfy { !$0.hasPrefix("backup") })
  }

  @Test func aSymlinkIntoTheStoreIsSeenThrough() throws {
    let (s, dir) = try filled()
    defer { s.close() }
    let link = (dir as NSString).deletingLastPathComponent + "/alias"
    symlink(dir, link)
    #expect(throws: StoreError.self) { try s.backup(to: link + "/copy") }
    #expect(!FileIO.exists(dir + "/copy"))
  }
}
