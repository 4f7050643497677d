import Foundation
import JSON
import Testing

/// Issue 14 against the real binary: the socket directory must be avgd's own, clients refuse a
/// server of an unexpected uid, SIGHUP stops in order, a last stdio line without newline is
/// answered, and replies are bounded with the paged alternative named.
@Suite(.serialized) struct HardeningLiveTests {
  /// Runs `avgd args`; returns (status, stdout, stderr).
  static func run(_ args: [String], input: String? = nil) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binaries.avgd)
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    let stdin = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = stdin
    try p.run()
    // A guard, not a measurement: a daemon that wrongly keeps serving is stopped after 30 s, so
    // the test fails instead of hanging.
    let pid = p.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 30) { if p.isRunning { kill(pid, SIGKILL) } }
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  static let info = #"{"jsonrpc":"2.0","method":"service.info","id":1}"#

  @Test(arguments: [0o777 as mode_t, 0o770, 0o1777])
  func aSocketDirectoryOthersMayWriteIsRefused(_ mode: mode_t) throws {
    let dir = Binaries.temporaryDirectory()
    chmod(dir, mode)
    let (status, _, err) = try Self.run(["serve", "--memory", "--socket", dir + "/s.sock"])
    #expect(status == 1)
    #expect(err.contains("avgd weigert de socketmap \(dir)") && err.contains("de groep of anderen mogen erin schrijven"), "\(err)")
    #expect(access(dir + "/s.sock", F_OK) != 0, "nothing was bound")
  }

  @Test(.enabled(if: getuid() == 0, "needs root to give the directory to another user"))
  func aSocketDirectoryOfAnotherUserIsRefused() throws {
    let dir = Binaries.temporaryDirectory()
    chown(dir, 65534, 65534)
    let (status, _, err) = try Self.run(["serve", "--memory", "--socket", dir + "/s.sock"])
    #expect(status == 1)
    #expect(err.contains("die is van uid 65534"), "\(err)")
  }

  @Test func aMissingSocketDirectoryIsCreatedPrivate() throws {
    let dir = Binaries.temporaryDirectory() + "/new"
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true, directory: dir)
    var st = stat()
    #expect(lstat(dir, &st) == 0 && st.st_mode & 0o7777 == 0o700 && st.st_uid == geteuid())
    #expect(server.terminate() == 0)
  }

  /// Under a restrictive umask (0177, a hardened login) the socket directory avgd creates is still
  /// 0700 — mkdir alone would leave it 0600, a directory nobody can enter — the daemon answers on
  /// its socket, and the private staging directory the socket was bound in is gone.
  @Test func aSocketDirectoryMadeUnderARestrictiveUmaskIsUsable() throws {
    let dir = Binaries.temporaryDirectory() + "/new"
    let server = try LiveProcess(
      "/bin/sh", ["-c", "umask 177; exec \"$0\" \"$@\"", Binaries.avgd, "serve", "--memory"], socket: true, directory: dir)
    var st = stat()
    #expect(lstat(dir, &st) == 0 && st.st_mode & 0o7777 == 0o700)
    let c = try server.connect()
    c.sendLine(Self.info)
    #expect(c.readLine().map { String(decoding: $0, as: UTF8.self).contains("\"result\"") } == true)
    let left = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    #expect(left == ["s.sock"], "only the socket: \(left)")
    #expect(server.terminate() == 0)
  }

  /// A stand-in server running as uid 65534 on `path`: answers every line with a fixed result.
  static func nobodyServer(_ path: String) throws -> Process {
    let script = """
      import os, socket, sys
      os.setgroups([]); os.setgid(65534); os.setuid(65534)
      s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(4)
      print("ready", flush=True)
      while True:
          c, _ = s.accept(); f = c.makefile("rwb")
          for line in f:
              f.write(b'{"jsonrpc":"2.0","result":{"impostor":true},"id":1}\\n'); f.flush()
          c.close()
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    _ = out.fileHandleForReading.availableData  // "ready": bound and listening
    return p
  }

  @Test(.enabled(if: getuid() == 0, "needs root: the impostor runs as uid 65534"))
  func clientsRefuseAServerOfAnotherUser() throws {
    let dir = Binaries.temporaryDirectory()
    chown(dir, 65534, 65534)
    let path = dir + "/avgd.sock"
    let impostor = try Self.nobodyServer(path)
    defer {
      // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
      kill(impostor.processIdentifier, SIGKILL)
      impostor.waitUntilExit()
    }
    let (status, out, err) = try Self.run(["call", "--socket", path, "service.info"])
    #expect(status == 3)
    #expect(out.isEmpty && err.contains("bediend door") && err.contains("uid 65534") && err.contains("--expect-uid 65534"), "\(err)")
    let (bridged, bridgedOut, bridgedErr) = try Self.run(["connect", "--socket", path], input: Self.info + "\n")
    #expect(bridged == 3 && bridgedOut.isEmpty && bridgedErr.contains("uid 65534"), "\(bridgedErr)")
    let (trusted, trustedOut, _) = try Self.run(["call", "--socket", path, "--expect-uid", "65534", "service.info"])
    #expect(trusted == 0 && trustedOut.contains("impostor"), "the uid the caller expects is accepted")
  }

  @Test func sighupStopsInOrderAndSaysSo() throws {
    let dir = Binaries.temporaryDirectory()
    let server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    let c = try server.connect()
    c.sendLine(#"{"jsonrpc":"2.0","method":"breaches.register","params":{"kind":"nearMiss","summary":"x","awareAt":"2026-11-27T16:30:00+01:00"},"id":1}"#)
    #expect(c.readLine().map { String(decoding: $0, as: UTF8.self).contains("D-2026-0001") } == true)
    kill(server.process.processIdentifier, SIGHUP)
    server.process.waitUntilExit()
    #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0)
    #expect(access(dir + "/s.sock", F_OK) != 0, "the socket is removed")
    let log = server.stderr()
    // The log speaks the daemon's language: Dutch without --language.
    #expect(log.contains("SIGHUP: avgd stopt in volgorde") && log.contains("gestopt"), "\(log)")
  }

  @Test func aLastStdioRequestWithoutNewlineIsAnswered() throws {
    let (status, out, _) = try Self.run(["serve", "--stdio", "--memory"], input: Self.info)
    #expect(status == 0)
    let reply = try JSONParser.parse(out.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(reply["id"] == 1 && reply["result"]?["name"] == "avgd")
  }

  @Test func aLastRequestThroughConnectWithoutNewlineIsAnswered() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true)
    let (status, out, _) = try Self.run(["connect", "--socket", server.socketPath ?? ""], input: Self.info)
    #expect(status == 0 && out.contains(#""name":"avgd""#), "\(out)")
    #expect(server.terminate() == 0)
  }

  @Test func aReplyOverTheLimitNamesItAndThePagedAlternative() throws {
    let lines = (1...20).map {
      #"{"jsonrpc":"2.0","method":"breaches.register","params":{"kind":"nearMiss","summary":"phishing mail number \#($0)","awareAt":"2026-11-27T16:30:00+01:00"},"id":\#($0)}"#
    } + [
      // In a batch the export is buffered, so it is bounded; alone it is streamed, with no limit.
      #"[{"jsonrpc":"2.0","method":"breaches.export","params":{"format":"json"},"id":"big"}]"#,
      #"{"jsonrpc":"2.0","method":"breaches.list","params":{"limit":2},"id":"page"}"#,
      "[" + (1...5).map { #"{"jsonrpc":"2.0","method":"breaches.list","params":{"limit":4},"id":"b\#($0)"}"# }.joined(separator: ",") + "]",
      #"{"jsonrpc":"2.0","method":"breaches.export","params":{"format":"json"},"id":"streamed"}"#,
    ]
    let (status, out, _) = try Self.run(
      ["serve", "--stdio", "--memory", "--max-reply-bytes", "6000", "--max-batch-reply-bytes", "3000"],
      input: lines.joined(separator: "\n") + "\n")
    #expect(status == 0)
    let replyLines = out.split(separator: "\n")
    let replies = replyLines.compactMap { try? JSONParser.parse(String($0)) }
    try #require(replies.count == 24)
    let big = try #require(replies[20].arrayValue?.first)
    #expect(big["error"]?["code"] == -32008)
    #expect(big["error"]?["data"]?["limit"] == 6000 && big["error"]?["data"]?["method"] == "breaches.export")
    #expect(big["error"]?["data"]?["hint"]?.stringValue?.contains(".list-methode van het register en de cursor") == true)
    #expect(replies[21]["result"]?["nextCursor"] != nil && replies[21]["result"]?["nextCursor"] != .null)
    #expect(replies[23]["result"]?["count"] == 20 && replyLines[23].utf8.count > 6000, "a single export streams past maxReplyBytes")
    let batch = try #require(replies[22].arrayValue)
    #expect(batch.count == 5)
    let refused = batch.filter { $0["error"]?["code"] == -32008 }
    #expect(!refused.isEmpty && refused.count < 5, "the batch ran until its replies reached the bound")
    #expect(refused.allSatisfy { $0["error"]?["data"]?["limitName"] == "maxBatchReplyBytes" })
  }
}
