import Foundation
import JSON
import JSONRPC
import Testing
@testable import Transport
import Wording

/// Nobody with the socket can lock others out (issue 14, item 5): a per-uid connection limit,
/// slots reserved for avgd's own user and root, the slow-request and idle timeouts, and a
/// rate-limited refusal log line.
@Suite(.serialized) struct ConnectionLimitsTests {
  /// A started listener on a socket anyone may connect to (mode 0666 in a 0755 directory).
  static func openListener(
    _ limits: Limits, language: Language = .nl, log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws -> (UnixSocketListener, String)
  {
    let dir = "/tmp/avgd-lim-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(dir, 0o755)
    chmod(dir, 0o755)
    let path = dir + "/s.sock"
    let listener = try UnixSocketListener(path: path, mode: 0o666, limits: limits, handler: TestHandler(language: language), log: log)
    try listener.start()
    return (listener, path)
  }

  /// Opens `count` connections to `path` as uid/gid 65534, sends one echo request on each in turn
  /// and returns each connection's first reply line; the connections stay open until `release`.
  final class Nobody {
    let process = Process()
    let input = Pipe()
    let output = Pipe()

    init(_ path: String, count: Int) throws {
      let script = """
        import os, socket, sys
        os.setgroups([]); os.setgid(65534); os.setuid(65534)
        held = []
        for k in range(int(sys.argv[2])):
            s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); f = s.makefile("rwb")
            try:
                f.write(b'{"jsonrpc":"2.0","method":"echo","params":{"k":%d},"id":%d}\\n' % (k, k)); f.flush()
            except OSError:
                pass  # refused at once: the busy reply is already waiting to be read
            try:
                line = f.readline().decode()
            except OSError:
                line = ""
            sys.stdout.write(line or "closed\\n"); sys.stdout.flush(); held.append((s, f))
        sys.stdin.read()
        """
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", "-c", script, path, String(count)]
      process.standardInput = input
      process.standardOutput = output
      try process.run()
    }

    /// The reply lines, one per connection, in order.
    func replies(_ count: Int) -> [JSONValue] {
      var text = ""
      let handle = output.fileHandleForReading
      while text.filter({ $0 == "\n" }).count < count {
        let data = handle.availableData
        if data.isEmpty { break }
        text += String(decoding: data, as: UTF8.self)
      }
      return text.split(separator: "\n").map { (try? JSONParser.parse(String($0))) ?? .null }
    }

    func release() {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
  }

  static var root: Bool { getuid() == 0 }

  @Test(.enabled(if: root, "needs root: the other user is uid 65534 through a setuid child"))
  func oneUserGetsAtMostItsShare() throws {
    var limits = Limits()
    limits.maxConnections = 10
    limits.reservedConnections = 2
    limits.maxConnectionsPerUID = 2
    let (listener, path) = try Self.openListener(limits)
    defer { listener.drain(timeout: 2) }
    let nobody = try Nobody(path, count: 3)
    let replies = nobody.replies(3)
    #expect(replies.prefix(2).map { $0["result"] } == [["k": 0], ["k": 1]])
    #expect(replies.last?["error"]?["code"] == -32009)
    #expect(replies.last?["error"]?["data"]?["reason"] == "deze gebruiker heeft al 2 verbindingen open")
    // The daemon's own user (here root) is not held to it.
    let mine = try (0..<3).map { _ in try RawClient(path: path) }
    for (k, c) in mine.enumerated() {
      #expect(c.sendLine(request("echo", id: .int(k), params: ["own": .int(k)])))
      #expect(json(c.readLine())?["result"] == ["own": .int(k)])
    }
    nobody.release()
  }

  /// Reserving 8 of 4 slots reserves half of them: others are never shut out entirely. The
  /// refused client reads why in the daemon's language (`avgd serve --language`).
  @Test(
    .enabled(if: root, "needs root: the other user is uid 65534 through a setuid child"),
    arguments: [
      (2, Language.nl, "alleen de verbindingen die voor de eigen gebruiker van avgd en root gereserveerd zijn, zijn nog vrij"),
      (8, Language.en, "only the connections reserved for avgd's own user and root are free"),
    ])
  func theLastSlotsAreKeptForTheOwnerAndRoot(_ reserved: Int, _ language: Language, _ reason: String) throws {
    var limits = Limits()
    limits.maxConnections = 4
    limits.reservedConnections = reserved
    limits.maxConnectionsPerUID = 10
    let (listener, path) = try Self.openListener(limits, language: language)
    defer { listener.drain(timeout: 2) }
    let nobody = try Nobody(path, count: 3)
    let replies = nobody.replies(3)
    #expect(replies.prefix(2).allSatisfy { $0["result"] != nil })
    #expect(replies.last?["error"]?["code"] == -32009)
    #expect(replies.last?["error"]?["data"]?["reason"] == .string(reason))
    #expect(replies.last?["error"]?["message"] == .string(Texts.Wire.serverBusy(language)))
    let owner = try (0..<2).map { _ in try RawClient(path: path) }
    for c in owner {
      #expect(c.sendLine(request("echo", id: 1, params: ["x": 1])))
      #expect(json(c.readLine())?["result"] == ["x": 1], "the owner gets the reserved slots")
    }
    let fifth = try RawClient(path: path)
    #expect(json(fifth.readLine())?["error"]?["code"] == -32009, "the total limit holds for everyone")
    nobody.release()
  }

  @Test func aStartedMessageThatNeverEndsIsClosed() throws {
    var limits = Limits()
    limits.requestTimeoutSeconds = 0.2
    try withListener(limits: limits) { listener, path, _ in
      let slow = try RawClient(path: path)
      #expect(slow.send("{"))
      #expect(slow.seesClose(timeout: 10))
      #expect(eventually { listener.connectionCount == 0 })
    }
  }

  @Test func aSilentConnectionIsClosedAfterTheIdleTime() throws {
    var limits = Limits()
    limits.idleTimeoutSeconds = 0.2
    try withListener(limits: limits) { listener, path, _ in
      let idle = try RawClient(path: path)
      #expect(idle.sendLine(request("echo", id: 1, params: ["a": 1])))
      #expect(json(idle.readLine())?["result"] == ["a": 1], "a request is answered before the idle time counts")
      #expect(idle.seesClose(timeout: 10))
      #expect(eventually { listener.connectionCount == 0 })
    }
  }

  /// A clock the test moves by hand.
  final class Clock: @unchecked Sendable {
    var t = 1000.0
  }

  @Test func refusalsAreLoggedAtMostOncePerInterval() {
    let clock = Clock()
    let log = RefusalLog(interval: 10, now: { clock.t })
    let full = Texts.TransportLog.allConnectionsOpen(256, uid: 1000)
    #expect(log.line(full)?(.nl) == "verbinding geweigerd: er zijn 256 verbindingen open (uid 1000)")
    for _ in 0..<1999 { #expect(log.line(full) == nil) }
    clock.t += 9.9
    #expect(log.line(full) == nil)
    clock.t += 0.2
    let line = log.line(Texts.TransportLog.userAtLimit(65534, limit: 32))
    #expect(line?(.nl)
      == "verbinding geweigerd: uid 65534 heeft al 32 verbindingen open (en nog 2000 geweigerd in de laatste 10 s, niet elk apart gelogd)")
    #expect(line?(.en)
      == "refused a connection: uid 65534 already has 32 connections open (and 2000 more refused in the last 10 s, not logged one by one)")
    clock.t += 10
    #expect(log.line(Texts.TransportLog.peerCredentialsFailed(os: "Bad file descriptor"))?(.en)
      == "refused a connection: SO_PEERCRED failed: Bad file descriptor")
  }
}
