import Foundation
import Testing
import JSON
import JSONRPC
import Wording
@testable import Transport

/// A tiny JSON-RPC-ish responder for transport tests. Methods: `echo` (result = params), `sleep`
/// (`{"ms": N}`), `big` (`{"bytes": N}` → a string of N "x"), `whoami` (the session's peer).
/// Unparsable input gets -32700 with id null; a message without `id` is a notification (no reply);
/// `$/cancelRequest` is intercepted on the reader and marks its target cancelled (-32800).
final class TestHandler: RPCConnectionHandler, @unchecked Sendable {
  private let lock = NSLock()
  private var _handled = 0
  private var _started = 0

  /// The daemon's language this handler stands for (`avgd serve --language`): what the transport
  /// binds for texts said outside a call (framing errors, -32009 reasons).
  let language: Language

  /// A handler speaking `language` outside calls (Dutch, the daemon's default).
  init(language: Language = .nl) {
    self.language = language
  }

  /// Messages that went through `handle`.
  var handled: Int { lock.withLock { _handled } }
  /// `handle` calls begun.
  var started: Int { lock.withLock { _started } }

  /// Takes `$/cancelRequest` out of band, as the real server does.
  func intercept(_ message: [UInt8], session: RPCSession) -> Bool {
    guard let value = try? JSONParser.parse(message), value["method"]?.stringValue == "$/cancelRequest" else {
      return false
    }
    if let raw = value["params"]?["id"], let id = RequestID(raw) { session.cancel(id) }
    return true
  }

  /// Answers the test methods one at a time, in order.
  func handle(_ message: [UInt8], session: RPCSession) -> [UInt8]? {
    lock.withLock { _started += 1 }
    defer { lock.withLock { _handled += 1 } }
    guard let value = try? JSONParser.parse(message) else {
      return reply(id: .null, error: .parseError("not JSON"))
    }
    guard let rawID = value["id"], let id = RequestID(rawID) else { return nil }
    if session.takeCancellation(id) { return reply(id: id.json, error: .requestCancelled) }
    let params = value["params"] ?? .null
    switch value["method"]?.stringValue {
    case "echo":
      return reply(id: id.json, result: params)
    case "sleep":
      usleep(UInt32(params["ms"]?.intValue ?? 0) * 1000)
      return reply(id: id.json, result: "slept")
    case "big":
      return reply(id: id.json, result: .string(String(repeating: "x", count: params["bytes"]?.intValue ?? 0)))
    case "whoami":
      let peer = session.peer
      return reply(
        id: id.json,
        result: [
          "kind": .string(peer.kind.rawValue), "uid": .int(Int(peer.uid)), "gid": .int(Int(peer.gid)),
          "pid": peer.pid.map { .int(Int($0)) } ?? .null, "user": .optional(peer.userName),
        ])
    default:
      return reply(id: id.json, error: .methodNotFound)
    }
  }

  /// The id-null error reply the transport sends for refused messages.
  func transportError(_ error: RPCError) -> [UInt8] { reply(id: .null, error: error) }

  private func reply(id: JSONValue, result: JSONValue) -> [UInt8] {
    JSONWriter.bytes(["jsonrpc": "2.0", "id": id, "result": result])
  }

  private func reply(id: JSONValue, error: RPCError) -> [UInt8] {
    JSONWriter.bytes(["jsonrpc": "2.0", "id": id, "error": error.json])
  }
}

/// A short, unique socket path under /tmp (sun_path allows 107 bytes).
func temporarySocketPath() -> String {
  "/tmp/avgd-t-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
}

/// Polls `condition` every 10 ms until it holds or `timeout` seconds pass.
func eventually(timeout: Double = 5, _ condition: () -> Bool) -> Bool {
  let deadline = Date(timeIntervalSinceNow: timeout)
  while Date() < deadline {
    if condition() { return true }
    usleep(10_000)
  }
  return condition()
}

/// A request line for `TestHandler`.
func request(_ method: String, id: JSONValue, params: JSONValue = .null) -> String {
  JSONWriter.string(["jsonrpc": "2.0", "method": .string(method), "params": params, "id": id])
}

/// Parses a reply line (test helper; nil when it is not JSON).
func json(_ line: String?) -> JSONValue? {
  guard let line else { return nil }
  return try? JSONParser.parse(line)
}

/// The test handler itself, called directly: the answers the transport tests rely on.
@Suite struct TestHandlerTests {
  @Test func answersItsMethods() {
    let h = TestHandler()
    let session = RPCSession(peer: PeerCredentials.ownPeer(kind: .stdio))
    let echo = json(h.handle(Array(request("echo", id: 1, params: ["a": 1]).utf8), session: session).map { String(decoding: $0, as: UTF8.self) })
    #expect(echo?["result"] == ["a": 1])
    #expect(echo?["id"] == 1)
    let big = h.handle(Array(request("big", id: 2, params: ["bytes": 10]).utf8), session: session)
    #expect(json(big.map { String(decoding: $0, as: UTF8.self) })?["result"] == .string("xxxxxxxxxx"))
    #expect(h.handle(Array(#"{"jsonrpc":"2.0","method":"echo"}"#.utf8), session: session) == nil)  // a notification
    #expect(h.handled == 3 && h.started == 3)
    #expect(h.intercept(Array(request("$/cancelRequest", id: .null, params: ["id": 9]).utf8), session: session))
    #expect(session.takeCancellation(RequestID(.int(9)) ?? .null))
  }

  @Test func helpersDoWhatTheySay() {
    #expect(temporarySocketPath() != temporarySocketPath())
    #expect(temporarySocketPath().utf8.count < 104)
    #expect(eventually(timeout: 1) { true })
    #expect(!eventually(timeout: 0.05) { false })
    #expect(json("not json") == nil && json(nil) == nil)
  }
}
