import Foundation
import JSON
import Testing

/// Hostile and broken input against the real daemon: each gets a precise error or a closed
/// connection, and a bystander client is answered throughout.
@Suite(.serialized) struct BadInputLiveTests {
  static let info = #"{"jsonrpc":"2.0","method":"service.info","id":"bystander"}"#

  /// The bystander still gets its reply.
  static func bystanderIsServed(_ server: LiveProcess) throws {
    let c = try server.connect()
    defer { c.close() }
    c.sendLine(info)
    let reply = try #require(c.readLine().flatMap { try? JSONParser.parse($0) })
    #expect(reply["result"]?["name"] == .string("avgd"))
  }

  static func errorCode(_ line: [UInt8]?) -> Int? {
    line.flatMap { try? JSONParser.parse($0) }?["error"]?["code"]?.intValue
  }

  @Test func garbageTruncatedInvalidUTF8AndDeepNestingGetParseErrors() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true)
    let c = try server.connect()
    let inputs: [[UInt8]] = [
      [0x00, 0xFF, 0x13, 0x37], Array(#"{"jsonrpc":"2.0","method":"service.info","id":"#.utf8),
      [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D],
      Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8),
    ]
    for input in inputs {
      c.send(input + [0x0A])
      #expect(Self.errorCode(c.readLine()) == -32700)
    }
    c.sendLine(Self.info)
    #expect(c.readLine().map { String(decoding: $0, as: UTF8.self).contains("\"bystander\"") } == true)
    c.close()
    try Self.bystanderIsServed(server)
    #expect(server.terminate() == 0)
  }

  @Test func aHundredMegabyteLineIsRefusedAndTheConnectionResyncs() throws {
    let server = try LiveProcess(Binaries.avgd, ["serve", "--memory"], socket: true)
    let c = try server.connect()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
    c.send(Array("[\"".utf8))
    for _ in 0..<100 { c.send(chunk) }
    c.send(Array("\"]\n".utf8))
    let reply = try #require(c.readLine(timeout: 60).flatMap { try? JSONParser.parse($0) })
    #expect(reply["error"]?["code"] == .int(-32007))
    #expect(reply["error"]?["data"]?["limit"] == .int(8 * 1024 * 1024))
    c.sendLine(Self.info)
    #expect(c.readLine().map { String(decoding: $0, as: UTF8.self).contains("\"bystander\"") } == true)
    c.close()
    try Self.bystanderIsServed(server)
    #expect(server.terminate() == 0)
  }

  @Test func halfAMessageThenGoneAndAClientThatNeverReads() throws {
    let server = try LiveProcess(
      Binaries.avgd, ["serve", "--memory", "--write-timeout", "1"], socket: true)
    // Half a message, then the client vanishes.
    let half = try server.connect()
    half.send(Array(#"{"jsonrpc":"2.0","method":"serv"#.utf8))
    half.close()
    // A client that floods requests and never reads its replies.
    let greedy = try server.connect()
    let many = Array(String(repeating: #"{"jsonrpc":"2.0","method":"rpc.discover","id":1}"# + "\n", count: 2000).utf8)
    DispatchQueue.global().async { greedy.send(many) }
    // Everyone else is answered meanwhile, and still after the greedy client is dropped.
    try Self.bystanderIsServed(server)
    Thread.sleep(forTimeInterval: 2.5)
    try Self.bystanderIsServed(server)
    greedy.close()
    #expect(server.terminate() == 0)
  }
}
