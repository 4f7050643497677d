import Foundation
import Glibc
import JSON
import Testing
@testable import Transport
import Wording

/// `avgd call` and `avgd connect` client behaviour and error messages.
@Suite struct UnixSocketClientTests {
  /// One request line in, one reply line out, repeatedly on one connection.
  @Test func callsReturnOneReplyLineEach() throws {
    try withListener { _, path, _ in
      let client = try UnixSocketClient(path: path)
      for id in 1...3 {
        let reply = try client.call(Array((request("echo", id: .int(id), params: [.int(id)]) + "\n").utf8), timeout: 5)
        #expect(json(String(decoding: reply, as: UTF8.self))?["result"] == [.int(id)])
      }
    }
  }

  /// No socket file: tell the user how to start the server.
  @Test func missingSocketSaysHowToStartTheServer() {
    let path = temporarySocketPath()
    #expect(throws: TransportError(Texts.SocketClient.noAvgdListening(path), errno: ENOENT)) {
      _ = try UnixSocketClient(path: path)
    }
  }

  /// A stale socket file gives the same advice.
  @Test func refusedSocketSaysHowToStartTheServer() throws {
    let path = temporarySocketPath()
    defer { unlink(path) }
    let fd = try UnixSocketAddress.makeSocket()
    #expect(try UnixSocketAddress(path: path).withSockAddr { bind(fd, $0, $1) } == 0)
    close(fd)
    #expect(
      throws: TransportError(Texts.SocketClient.noAvgdListening(path), errno: ECONNREFUSED)
    ) { _ = try UnixSocketClient(path: path) }
  }

  /// `call` can bound its wait.
  @Test func callTimesOutWhenNoReplyComes() throws {
    try withListener { _, path, _ in
      let client = try UnixSocketClient(path: path)
      #expect(throws: TransportError(Texts.SocketClient.noReplyInTime(path))) {
        _ = try client.call(Array(request("sleep", id: 1, params: ["ms": 500]).utf8), timeout: 0.1)
      }
    }
  }
}
