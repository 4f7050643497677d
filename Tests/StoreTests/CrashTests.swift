import Foundation
import JSON
import Testing

@testable import Store

/// Child-process tests: disk full under RLIMIT_FSIZE, and SIGKILL at random moments.
@Suite struct CrashTests {
  @Test func diskFullIsCleanAndRecoverable() throws {
    guard let exe = tortureExecutable() else {
      Issue.record("avgd-store-torture is not built; run `swift build --target avgd-store-torture` first")
      return
    }
    let dir = tempStoreDir()
    let (p, pipe) = try startTorture(exe, ["diskfull", dir])
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "child said: \(out)")
    #expect(out.contains("failures "))
    let acked = out.split(separator: "\n").compactMap { $0.hasPrefix("acked ") ? UInt64($0.dropFirst(6)) : nil }
    let s = try openStore(dir)
    defer { s.close() }
    #expect(s.recovered.warnings.isEmpty)
    let present = Set(s.recovered.events.map(\.seq))
    #expect(acked.count >= 10 && acked.allSatisfy(present.contains))
    #expect(s.recovered.events.map(\.seq) == Array(1...UInt64(s.recovered.events.count)))
    #expect(Store.verify(directory: dir).ok)
  }

  @Test func sigkillNeverLosesAcknowledgedEvents() throws {
    guard let exe = tortureExecutable() else {
      Issue.record("avgd-store-torture is not built; run `swift build --target avgd-store-torture` first")
      return
    }
    let rounds = ProcessInfo.processInfo.environment["CI"] == "true" ? 20 : 40
    let dir = tempStoreDir()
    var allAcked: Set<UInt64> = []
    for round in 0..<rounds {
      let (p, pipe) = try startTorture(exe, ["crash", dir, "4"])
      usleep(UInt32.random(in: 30_000...200_000))
      kill(p.processIdentifier, SIGKILL)
      let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(!out.contains("error") && !out.contains("failed"), "round \(round): \(out.suffix(300))")
      // Only complete lines count: the last one may have been cut by the kill.
      var lines = out.split(separator: "\n", omittingEmptySubsequences: false)
      lines.removeLast()
      allAcked.formUnion(lines.compactMap { UInt64($0) })
      let s = try openStore(dir)
      let r = s.recovered
      let last = r.snapshotSeq + UInt64(r.events.count)
      #expect(r.events.map(\.seq) == Array(stride(from: r.snapshotSeq + 1, through: last, by: 1)), "round \(round)")
      #expect(allAcked.allSatisfy { $0 <= last }, "round \(round): acknowledged seq missing after the kill")
      if let snapshot = r.snapshot, let through = snapshot["through"]?.intValue {
        #expect(UInt64(through) == r.snapshotSeq)
      }
      s.close()
      if round % 5 == 4 || round == rounds - 1 {  // verify reads the whole journal: not every round
        let report = Store.verify(directory: dir)
        #expect(report.ok && report.warnings.isEmpty, "round \(round): \(report.text)")
      }
    }
    #expect(allAcked.count > rounds, "the child acknowledged too little to be a meaningful test")
  }
}
