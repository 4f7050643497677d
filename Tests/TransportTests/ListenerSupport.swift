import Foundation
import Testing
import JSON
import JSONRPC
@testable import Transport

/// Runs `body` against a started listener on a fresh short path; drains it afterwards.
func withListener(
  limits: Limits = Limits(), handler: TestHandler = TestHandler(),
  _ body: (UnixSocketListener, String, TestHandler) throws -> Void
) throws {
  let path = temporarySocketPath()
  let listener = try UnixSocketListener(path: path, limits: limits, handler: handler)
  try listener.start()
  defer { listener.drain(timeout: 2) }
  try body(listener, path, handler)
}

/// The harness itself: a started listener on the path it gives, answering a raw client.
@Suite struct ListenerSupportTests {
  @Test func aListenerAnswersOnThePathGiven() throws {
    try withListener { _, path, handler in
      #expect(FileManager.default.fileExists(atPath: path))
      let client = try RawClient(path: path)
      defer { client.close() }
      #expect(client.sendLine(request("echo", id: 7, params: ["x": "y"])))
      let reply = json(client.readLine())
      #expect(reply?["result"] == ["x": "y"] && reply?["id"] == 7)
      #expect(eventually { handler.handled == 1 })
      client.shutdownWrite()
      #expect(client.seesClose())
    }
  }
}
