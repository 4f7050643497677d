import Foundation
import Glibc
import JSON
import JSONRPC
import Testing
@testable import Transport
import Wording

/// End-to-end over real Unix sockets, in process. Serialized: several tests measure timeouts.
@Suite(.serialized) struct ListenerServingTests {
  /// 128 pipelining clients at once; each gets exactly its own replies.
  @Test func concurrentClientsEachGetTheirOwnReplies() throws {
    try withListener { listener, path, _ in
      let clients = try (0..<128).map { _ in try RawClient(path: path) }
      for (c, client) in clients.enumerated() {
        let lines = (0..<3).map { request("echo", id: .string("c\(c)-\($0)"), params: [.int(c), .int($0)]) }
        #expect(client.send(lines.map { $0 + "\n" }.joined()))
      }
      #expect(eventually { listener.connectionCount == 128 })
      for (c, client) in clients.enumerated() {
        for k in 0..<3 {
          let reply = json(client.readLine())
          #expect(reply?["id"] == .string("c\(c)-\(k)"))
          #expect(reply?["result"] == [.int(c), .int(k)])
        }
      }
      clients.forEach { $0.close() }
      #expect(eventually { listener.connectionCount == 0 })
    }
  }

  /// More connections than the default limit work when allowed.
  @Test func threeHundredConnectionsAreServedAtOnce() throws {
    var limits = Limits()
    limits.maxConnections = 300
    try withListener(limits: limits) { listener, path, _ in
      let clients = try (0..<300).map { _ in try RawClient(path: path) }
      for (c, client) in clients.enumerated() { client.sendLine(request("echo", id: .int(c))) }
      for (c, client) in clients.enumerated() { #expect(json(client.readLine())?["id"]?.intValue == c) }
      #expect(listener.connectionCount == 300)
    }
  }

  /// SO_PEERCRED gives our uid, gid and pid.
  @Test func peerIdentityComesFromTheKernel() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      client.sendLine(request("whoami", id: 1))
      let result = json(client.readLine())?["result"]
      #expect(result?["kind"] == "socket")
      #expect(result?["uid"]?.intValue == Int(getuid()))
      #expect(result?["gid"]?.intValue == Int(getgid()))
      #expect(result?["pid"]?.intValue == Int(getpid()))
    }
  }

  /// A partial message is dropped and the server keeps serving.
  @Test func halfMessageThenVanishingIsClosedQuietly() throws {
    try withListener { listener, path, handler in
      let vanishing = try RawClient(path: path)
      vanishing.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"met")
      #expect(eventually { listener.connectionCount == 1 })
      vanishing.close()
      #expect(eventually { listener.connectionCount == 0 })
      #expect(handler.started == 0, "the partial message never reached the handler")
      let reply = try UnixSocketClient(path: path).call(Array(request("echo", id: 2, params: "ok").utf8))
      #expect(json(String(decoding: reply, as: UTF8.self))?["result"] == "ok")
    }
  }

  /// The write timeout closes a stalled reader; others are unaffected.
  @Test func clientThatNeverReadsIsClosedWithoutBlockingOthers() throws {
    var limits = Limits()
    limits.writeTimeoutSeconds = 0.5
    limits.maxInFlightPerConnection = 4
    try withListener(limits: limits) { listener, path, _ in
      let slow = try RawClient(path: path)
      for i in 0..<20 { slow.sendLine(request("big", id: .int(i), params: ["bytes": 262_144])) }
      let good = try RawClient(path: path)
      let started = Date()
      good.sendLine(request("echo", id: "good", params: "fine"))
      #expect(json(good.readLine(timeout: 2))?["result"] == "fine")
      #expect(Date().timeIntervalSince(started) < 1)
      #expect(eventually { listener.connectionCount == 1 }, "the slow reader was closed")
      #expect(slow.seesClose())
      good.sendLine(request("echo", id: "again", params: 2))
      #expect(json(good.readLine())?["result"] == 2)
    }
  }

  /// A streamed 100 MiB line costs one -32007, not the connection.
  @Test func hundredMegabyteLineIsRefusedAndTheNextLineAnswered() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
      for _ in 0..<100 { #expect(client.send(chunk)) }
      client.sendLine("")
      client.sendLine(request("echo", id: 7, params: ["after": true]))
      let refusal = json(client.readLine(timeout: 20))
      #expect(refusal?["error"]?["code"] == -32007)
      #expect(refusal?["error"]?["message"] == "Verzoek is te groot")  // the daemon's default language
      #expect(refusal?["error"]?["data"]?["limit"]?.intValue == Limits().maxMessageBytes)
      #expect(refusal?["id"] == .null)
      #expect(json(client.readLine())?["result"] == ["after": true])
    }
  }

  /// The connection over the limit gets -32009 and is closed; its message is in the daemon's
  /// language (the handler's), since no call named one.
  @Test(arguments: [(Language.nl, "Server bezet"), (.en, "Server busy")])
  func connectionOverTheLimitIsToldServerBusy(_ language: Language, _ message: String) throws {
    var limits = Limits()
    limits.maxConnections = 2
    try withListener(limits: limits, handler: TestHandler(language: language)) { listener, path, _ in
      let first = try RawClient(path: path)
      let second = try RawClient(path: path)
      for client in [first, second] {
        client.sendLine(request("echo", id: 1))
        #expect(json(client.readLine())?["id"] == 1)
      }
      let third = try RawClient(path: path)
      let busy = json(third.readLine())
      #expect(busy?["error"]?["code"] == -32009)
      #expect(busy?["error"]?["message"] == .string(message))
      #expect(busy?["id"] == .null)
      #expect(third.seesClose())
      first.close()
      #expect(eventually { listener.connectionCount == 1 })
      let fourth = try RawClient(path: path)
      fourth.sendLine(request("echo", id: 4))
      #expect(json(fourth.readLine())?["id"] == 4)
    }
  }

  /// Half-close: queued requests are answered before closing.
  @Test func endOfInputStillAnswersQueuedRequests() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      client.send((1...3).map { request("sleep", id: .int($0), params: ["ms": 50]) + "\n" }.joined())
      client.shutdownWrite()
      for id in 1...3 { #expect(json(client.readLine())?["id"]?.intValue == id) }
      #expect(client.seesClose())
    }
  }

  /// Shutdown drain finishes in-flight work, then closes and stops accepting.
  @Test func drainAnswersInFlightWorkThenCloses() throws {
    try withListener { listener, path, handler in
      let client = try RawClient(path: path)
      client.sendLine(request("sleep", id: 1, params: ["ms": 300]))
      #expect(eventually { handler.started == 1 })
      #expect(listener.drain(timeout: 5))
      #expect(json(client.readLine())?["result"] == "slept")
      #expect(client.seesClose())
      #expect(throws: TransportError.self) { _ = try RawClient(path: path) }
    }
  }

  /// `intercept` sees a cancel before the queued request runs.
  @Test func cancelIsInterceptedAheadOfTheQueue() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      client.send(
        request("sleep", id: 1, params: ["ms": 300]) + "\n" + request("echo", id: 2) + "\n"
          + JSONWriter.string(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 2]]) + "\n")
      #expect(json(client.readLine())?["result"] == "slept")
      #expect(json(client.readLine())?["error"]?["code"] == -32800)
    }
  }

  /// Header-mode clients get header-mode replies; a bad length closes.
  @Test func contentLengthClientsAreAnsweredInKind() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      for id in 1...2 {
        let body = request("echo", id: .int(id), params: ["\u{e9}"])
        client.send("Content-Length: \(body.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf8\r\n\r\n\(body)")
        let header = client.readLine()
        #expect(client.readLine() == "\r")
        let length = Int(header?.dropFirst("Content-Length: ".count).dropLast() ?? "") ?? -1
        #expect(header?.hasPrefix("Content-Length: ") == true)
        let reply = client.read(count: length).map { String(decoding: $0, as: UTF8.self) }
        #expect(json(reply)?["id"]?.intValue == id)
        #expect(json(reply)?["result"] == ["\u{e9}"])
      }
      client.send("Content-Length: 99999999999999999999999\r\n\r\n")
      _ = client.readLine()
      _ = client.readLine()
      #expect(client.seesClose(), "an unusable length closes the connection after the reply")
    }
  }

  /// Invalid UTF-8 reaches the handler; the connection goes on.
  @Test func garbageGetsParseErrorAndTheConnectionSurvives() throws {
    try withListener { _, path, _ in
      let client = try RawClient(path: path)
      client.send([0xFF, 0xFE, 0x0A] + Array("\r\n\n".utf8))
      client.sendLine(request("echo", id: 9))
      #expect(json(client.readLine())?["error"]?["code"] == -32700)
      #expect(json(client.readLine())?["id"] == 9)
    }
  }
}
