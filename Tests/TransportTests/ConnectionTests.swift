import Foundation
import Glibc
import JSON
import JSONRPC
import Testing
@testable import Transport

/// The stdio path: a connection over pipes (not sockets), as `StdioTransport` runs it.
@Suite struct ConnectionTests {
  private func makePipe() -> (read: Int32, write: Int32) {
    var fds: [Int32] = [-1, -1]
    _ = pipe(&fds)
    return (fds[0], fds[1])
  }

  private func readAll(_ fd: Int32) -> String {
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      out += buffer[..<n]
    }
    close(fd)
    return String(decoding: out, as: UTF8.self)
  }

  private func connection(_ input: Int32, _ output: Int32, limits: Limits = Limits()) -> Connection {
    Connection(
      readFD: input, writeFD: output, session: RPCSession(peer: PeerCredentials.ownPeer(kind: .stdio)),
      handler: TestHandler(), limits: limits)
  }

  /// `printf a b | avgd --stdio` semantics: two replies, then the output closes.
  @Test func twoLinesInTwoRepliesOutThenEOF() {
    let input = makePipe()
    let output = makePipe()
    let conn = connection(input.read, output.write)
    #expect(conn.start())
    let text = request("echo", id: 1, params: "a") + "\n" + request("echo", id: 2, params: "b") + "\n"
    _ = text.withCString { write(input.write, $0, strlen($0)) }
    close(input.write)
    let lines = readAll(output.read).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(json(lines.first.map(String.init))?["result"] == "a")
    #expect(json(lines.last.map(String.init))?["result"] == "b")
    #expect(conn.waitUntilClosed(timeout: 5))
    #expect(conn.session.peer.uid == getuid())
  }

  /// Chunked pipe writes deliver a 1 MB reply intact.
  @Test func largeReplyThroughAPipeArrivesWhole() {
    let input = makePipe()
    let output = makePipe()
    let conn = connection(input.read, output.write)
    #expect(conn.start())
    _ = (request("big", id: 1, params: ["bytes": 1_000_000]) + "\n").withCString { write(input.write, $0, strlen($0)) }
    close(input.write)
    let reply = json(readAll(output.read).trimmingCharacters(in: .newlines))
    #expect(reply?["result"]?.stringValue?.count == 1_000_000)
  }

  /// A stalled stdout reader cannot hang the connection.
  @Test func pipeNobodyReadsIsClosedAfterTheWriteTimeout() {
    var limits = Limits()
    limits.writeTimeoutSeconds = 0.3
    let input = makePipe()
    let output = makePipe()
    let conn = connection(input.read, output.write, limits: limits)
    #expect(conn.start())
    _ = (request("big", id: 1, params: ["bytes": 1_000_000]) + "\n").withCString { write(input.write, $0, strlen($0)) }
    #expect(conn.waitUntilClosed(timeout: 5))
    close(input.write)
    close(output.read)
  }
}
