import Foundation
import JSON
import JSONRPCFixtures
import Testing

/// Protocol/conformance/jsonrpc.jsonl against the real binaries: the fixture server (avgd's own
/// dispatcher and transports plus the §7 methods) on stdio and on the socket, in both framings;
/// and avgd itself for the cases that need no fixture method.
@Suite(.serialized) struct ConformanceLiveTests {
  enum Transport: String, CaseIterable { case stdio, socket }
  enum Framing: String, CaseIterable { case ndjson, contentLength }

  static let modes: [(Transport, Framing)] = Transport.allCases.flatMap { t in Framing.allCases.map { (t, $0) } }

  @Test(arguments: Transport.allCases, Framing.allCases)
  func fixtureServerPassesEveryCase(_ transport: Transport, _ framing: Framing) throws {
    let server = try LiveProcess(Binaries.fixtureServer, transport == .stdio ? ["--stdio"] : [], socket: transport == .socket)
    let failures = try replay(ConformanceCase.all(), on: server, transport, framing, sentinelMethod: "get_data")
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    _ = server.terminate()
  }

  @Test(arguments: Transport.allCases, Framing.allCases)
  func avgdPassesTheCasesWithoutFixtures(_ transport: Transport, _ framing: Framing) throws {
    let args = ["serve", "--memory"] + (transport == .stdio ? ["--stdio"] : [])
    let server = try LiveProcess(Binaries.avgd, args, socket: transport == .socket)
    let cases = ConformanceCase.all().filter { !$0.needsFixtures }
    #expect(cases.count >= 15)
    let failures = try replay(cases, on: server, transport, framing, sentinelMethod: "service.info")
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    #expect(server.terminate() == 0)
  }

  /// Sends each case followed by a sentinel request; the case's reply (if any) must come first.
  func replay(_ cases: [ConformanceCase], on server: LiveProcess, _ transport: Transport, _ framing: Framing,
              sentinelMethod: String) throws -> [String] {
    let client = transport == .stdio ? server.stdio : try server.connect()
    var failures: [String] = []
    for (n, c) in cases.enumerated() {
      let sentinelID = "sentinel-\(n)"
      let sentinel = Array(#"{"jsonrpc":"2.0","method":"\#(sentinelMethod)","id":"\#(sentinelID)"}"#.utf8)
      switch framing {
      case .ndjson:
        client.send(c.send + [0x0A])
        client.send(sentinel + [0x0A])
      case .contentLength:
        client.sendFramed(c.send)
        client.sendFramed(sentinel)
      }
      let read = { framing == .ndjson ? client.readLine() : client.readFramed() }
      guard var first = read() else {
        failures.append("\(c.name): no reply at all")
        break
      }
      var reply: [UInt8]? = first
      if let v = try? JSONParser.parse(first), v["id"] == .string(sentinelID) {
        reply = nil
      } else {
        guard let s = read() else {
          failures.append("\(c.name): sentinel not answered")
          break
        }
        first = s
      }
      if let why = c.mismatch(reply) { failures.append("\(c.name): \(why)") }
    }
    if transport == .socket { client.close() }
    return failures
  }
}
