import Foundation
import JSON
import Testing

/// Issue 14, store side, against the real daemon: an erasure interrupted by SIGKILL is finished at
/// the next start (6), a store removed while running stops acknowledging (8) and its failed
/// shutdown snapshot is logged (10), and `store.backup` refuses destinations before touching them (3).
@Suite(.serialized) struct StoreHardeningLiveTests {
  /// One call on `c`: the whole reply.
  static func call(_ c: LineClient, _ method: String, _ params: JSONValue = [:]) throws -> JSONValue {
    c.sendLine(JSONWriter.string(["jsonrpc": "2.0", "method": .string(method), "params": params, "id": 1]))
    return try #require(c.readLine().flatMap { try? JSONParser.parse($0) }, "no reply to \(method)")
  }

  /// `avgd ARGS`: exit status and stdout.
  static func avgd(_ args: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = Pipe()
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// `avgd ARGS` run in `directory`: exit status.
  static func avgd(_ args: [String], in directory: String) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: directory)
    p.standardOutput = Pipe()
    p.standardError = Pipe()
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }

  /// The files of the store directory that contain `text`.
  static func filesHolding(_ text: String, in dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { name in
      let bytes = FileManager.default.contents(atPath: dir + "/" + name) ?? Data()
      return String(decoding: bytes, as: UTF8.self).contains(text)
    }
  }

  /// The store's directory is 0700 and its files 0600 whatever the umask avgd starts under (here
  /// 000, which would make them world-writable), and a looser existing journal is tightened on
  /// open. Run as a child under `sh -c 'umask 000; exec avgd ...'`: the umask is a whole process's.
  @Test func modesAreStrictWhateverTheUmask() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    func serveUnderUmask000() throws -> String {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", "umask 000; exec \"$0\" serve --stdio --store \"$1\"", Binaries.avgd, store]
      let (input, output) = (Pipe(), Pipe())
      p.standardInput = input
      p.standardOutput = output
      p.standardError = Pipe()
      try p.run()
      let register: JSONValue = [
        "jsonrpc": "2.0", "method": "breaches.register", "id": 1,
        "params": ["kind": "securityIncident", "summary": "laptop kwijt", "awareAt": "2026-11-28T09:00:00+01:00"],
      ]
      input.fileHandleForWriting.write(Data((JSONWriter.string(register) + "\n").utf8))
      try input.fileHandleForWriting.close()
      let reply = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 0)
      return reply
    }
    func mode(_ path: String) -> mode_t {
      var st = stat()
      return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }
    #expect(try serveUnderUmask000().contains("\"result\""))
    #expect(mode(store) == 0o700)
    for f in ["journal.jsonl", "snapshot.json", "avgd.lock"] { #expect(mode(store + "/" + f) == 0o600, "\(f)") }
    chmod(store + "/journal.jsonl", 0o644)
    _ = try serveUnderUmask000()
    #expect(mode(store + "/journal.jsonl") == 0o600, "a looser journal is tightened on open")
  }

  @Test func aPurgeKilledInItsCompactionIsFinishedAtTheNextStart() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let name = "Hendrika Zwanenburg"
    // A request answered in January 2021: kept until 2026-01-21, so expired on 2026-11-29 (AVGD_NOW).
    let first = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let a = try first.connect()
    _ = try Self.call(a, "requests.open", [
      "type": "access", "student": ["id": "S-9", "birthDate": "2007-05-01"],
      "requester": ["relationship": "parent", "name": .string(name)], "receivedOn": "2021-01-04",
    ])
    _ = try Self.call(a, "requests.decide", [
      "id": "R-2021-0001", "decision": "granted", "decidedBy": ["name": "A. Rector", "role": "director"],
      "decidedAt": "2021-01-20T10:00:00+01:00",
    ])
    let responded = try Self.call(a, "requests.respond", ["id": "R-2021-0001", "respondedAt": "2021-01-21T10:00:00+01:00", "channel": "letter"])
    #expect(responded["result"]?["retainUntil"] == "2026-01-21", "\(responded)")
    a.close()
    #expect(first.terminate() == 0)

    // The purge removes the request and dies by SIGKILL while journal.jsonl.next is written.
    let second = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true,
      environment: ["AVGD_STORE_FAILPOINT": "compaction-before-commit"], directory: dir)
    let b = try second.connect()
    b.sendLine(#"{"jsonrpc":"2.0","method":"retention.purge","params":{},"id":7}"#)
    let reply = b.readLine(timeout: 30)
    if reply != nil { kill(second.process.processIdentifier, SIGKILL) }  // it did not die there: fail, not hang
    second.process.waitUntilExit()
    #expect(reply == nil, "the daemon was to die inside the compaction: \(reply.map { String(decoding: $0, as: UTF8.self) } ?? "")")
    #expect(second.process.terminationReason == .uncaughtSignal)
    b.close()
    #expect(!Self.filesHolding(name, in: store).isEmpty, "before the restart the data is still on disk")
    let verify = try Self.avgd(["store", "verify", "--json", "--store", store])
    let report = try JSONParser.parse(verify.output)
    #expect(report["pendingErasures"] == ["requests"], "store verify must report the erasure still owed: \(verify.output)")

    // The next start finishes the erasure before it serves anything.
    let third = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try third.connect()
    #expect(try Self.call(c, "requests.get", ["id": "R-2021-0001"])["error"]?["code"] == 1001)
    let live = try Self.call(c, "store.verify")
    #expect(live["result"]?["ok"] == true && live["result"]?["pendingErasures"] == [], "\(live)")
    c.close()
    #expect(third.terminate() == 0)
    #expect(Self.filesHolding(name, in: store).isEmpty, "still holding the purged name: \(Self.filesHolding(name, in: store))")
    #expect(try Self.avgd(["store", "verify", "--store", store]).status == 0)
  }

  /// The affected-people list of a breach is deleted after the art. 34 notice (rules.md §3.5) the
  /// same way a purge removes records: promised first, so a crash in the compaction leaves the
  /// promise and the next start erases the names from the files.
  @Test func anAffectedListDeletionKilledInItsCompactionIsFinishedAtTheNextStart() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let name = "Familie Wijnbergen-Oosterhuis"
    let first = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let a = try first.connect()
    let breach = try Self.call(a, "breaches.register", [
      "kind": "dataBreach", "summary": "cijferlijst naar de verkeerde ouders gemaild", "awareAt": "2026-11-27T16:30:00+01:00",
    ])
    let id = try #require(breach["result"]?["id"]?.stringValue)
    _ = try Self.call(a, "breaches.attachAffected", [
      "id": .string(id), "at": "2026-11-28T09:00:00+01:00", "people": [["name": .string(name)]],
    ])
    a.close()
    #expect(first.terminate() == 0)
    #expect(!Self.filesHolding(name, in: store).isEmpty)

    let second = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true,
      environment: ["AVGD_STORE_FAILPOINT": "compaction-before-commit"], directory: dir)
    let b = try second.connect()
    b.sendLine(#"{"jsonrpc":"2.0","method":"breaches.notifySubjects","params":{"id":"\#(id)","notifiedAt":"2026-11-28T15:00:00+01:00","channel":"letter","content":{"contactPoint":"FG","consequences":"cijfers gezien door anderen","measures":"mail teruggeroepen"},"audience":{"legalRepresentatives":1}},"id":7}"#)
    let reply = b.readLine(timeout: 30)
    if reply != nil { kill(second.process.processIdentifier, SIGKILL) }  // it did not die there: fail, not hang
    second.process.waitUntilExit()
    #expect(reply == nil, "the daemon was to die inside the compaction: \(reply.map { String(decoding: $0, as: UTF8.self) } ?? "")")
    b.close()
    let verify = try JSONParser.parse(try Self.avgd(["store", "verify", "--json", "--store", store]).output)
    #expect(verify["pendingErasures"] == ["affected"], "store verify must report the erasure still owed: \(verify)")

    let third = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try third.connect()
    let live = try Self.call(c, "store.verify")
    #expect(live["result"]?["pendingErasures"] == [], "\(live)")
    c.close()
    #expect(third.terminate() == 0)
    #expect(Self.filesHolding(name, in: store).isEmpty, "still holding the list's name: \(Self.filesHolding(name, in: store))")
  }

  @Test func aStoreRemovedWhileRunningStopsAcknowledgingAndSaysSo() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try server.connect()
    let breach: JSONValue = ["kind": "nearMiss", "summary": "Phishing mail", "awareAt": "2026-11-25T09:00:00+01:00"]
    #expect(try Self.call(c, "breaches.register", breach)["result"]?["id"] != nil)
    try FileManager.default.removeItem(atPath: store)
    let refused = try Self.call(c, "breaches.register", breach)
    #expect(refused["error"]?["code"] == 1100, "a write to a removed store must not be acknowledged: \(refused)")
    let verify = try Self.call(c, "store.verify")
    #expect(verify["result"]?["ok"] == false, "\(verify)")
    c.close()
    _ = server.terminate()
    let log = server.stderr()
    #expect(log.contains("verwijderd") && log.contains(store), "\(log)")
    #expect(log.contains("snapshot"), "the failed shutdown snapshot must be logged: \(log)")
  }

  @Test func backupDestinationsAreCheckedBeforeAnythingChanges() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try server.connect()
    for bad in [store + "/inside", dir + "/...", "..", " ", dir + "/a\u{0}b"] {
      let reply = try Self.call(c, "store.backup", ["destination": .string(bad)])
      #expect(reply["error"]?["code"] == -32602 && reply["error"]?["data"]?["field"] == "destination", "\(bad): \(reply)")
    }
    #expect(!FileManager.default.fileExists(atPath: store + "/inside"))
    let existing = dir + "/open"
    mkdir(existing, 0o755)
    chmod(existing, 0o755)
    #expect(try Self.call(c, "store.backup", ["destination": .string(existing)])["result"]?["ok"] == true)
    var st = stat()
    lstat(existing, &st)
    #expect(st.st_mode & 0o777 == 0o755, "an existing destination keeps its mode")
    let plain = try Self.call(c, "store.backup", ["destination": "nightly"])
    #expect(plain["result"]?["destination"] == .string(store + "-backups/nightly"), "\(plain)")
    c.close()
    #expect(server.terminate() == 0)
    // From the shell, `..` in the operator's own path means what it says (resolved before the check).
    mkdir(dir + "/work", 0o700)
    #expect(try Self.avgd(["store", "backup", "../copy", "--store", store], in: dir + "/work") == 0)
    #expect(FileManager.default.fileExists(atPath: dir + "/copy/journal.jsonl"))
  }

  @Test func linesCutFromTheEndAfterAStopAreRefusedNotCalledTorn() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try server.connect()
    for n in 0..<3 {
      let breach: JSONValue = ["kind": "nearMiss", "summary": .string("Phishing \(n)"), "awareAt": "2026-11-25T09:00:00+01:00"]
      #expect(try Self.call(c, "breaches.register", breach)["result"]?["id"] != nil)
    }
    c.close()
    #expect(server.terminate() == 0)
    // The last acknowledged write's line is removed: the chain of the rest is intact.
    let path = store + "/journal.jsonl"
    var bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
    bytes.removeLast()
    bytes.removeSubrange(((bytes.lastIndex(of: 0x0A) ?? -1) + 1)...)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try Self.avgd(["store", "verify", "--store", store]).status == 1)
    let again = try? LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    #expect(again == nil, "start-up must refuse a journal that lost acknowledged events")
    #expect(try Self.avgd(["store", "repair", "--yes", "--store", store]).status == 0)  // the explicit way out
    let repaired = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    #expect(repaired.terminate() == 0)
  }

  @Test func startUpVerifyAndRepairGiveOneAnswerForACompactedStoreWithoutSnapshot() throws {
    let dir = Binaries.temporaryDirectory(), store = dir + "/store"
    let first = try LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)
    let c = try first.connect()
    _ = try Self.call(c, "requests.open", [
      "type": "access", "student": ["id": "S-9", "birthDate": "2007-05-01"],
      "requester": ["relationship": "parent", "name": "Ouder"], "receivedOn": "2021-01-04",
    ])
    _ = try Self.call(c, "requests.withdraw", ["id": "R-2021-0001", "at": "2021-01-05T10:00:00+01:00"])
    let purged = try Self.call(c, "retention.purge")
    #expect(purged["result"]?["registers"]?["requests"]?["erasedFromJournal"] == true, "\(purged)")
    c.close()
    #expect(first.terminate() == 0)
    unlink(store + "/snapshot.json")
    let verify = try Self.avgd(["store", "verify", "--store", store])
    let repair = try Self.avgd(["store", "repair", "--yes", "--store", store])
    #expect(verify.status == 1 && repair.status == 1, "repair must not say there is nothing to repair: \(repair.output)")
    #expect(!repair.output.contains("niets te herstellen") && repair.output.contains("BESCHADIGD"), "\(repair.output)")
    #expect((try? LiveProcess(Binaries.avgd, ["serve", "--store", store], socket: true, directory: dir)) == nil)
  }

  @Test func aStoreOnADirectoryThatIsNotAStoreLeavesItsModeAlone() throws {
    let dir = Binaries.temporaryDirectory(), other = dir + "/shared"
    mkdir(other, 0o755)
    chmod(other, 0o755)
    FileManager.default.createFile(atPath: other + "/notes.txt", contents: Data("x".utf8))
    #expect(try Self.avgd(["store", "verify", "--store", other], in: dir) == 0)
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", other], socket: true, directory: dir)
    #expect(server.terminate() == 0)
    var st = stat()
    lstat(other, &st)
    #expect(st.st_mode & 0o777 == 0o755, "`serve --store` on a directory that is not a store must not chmod it")
  }
}
