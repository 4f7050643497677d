import Foundation
import JSON
import Testing

/// The daemon under a write storm from several clients is killed with SIGKILL at random moments;
/// after each restart every acknowledged write is there and the store verifies (issue 3).
/// Rounds: 6 with CI=true, 25 otherwise (AVGD_CRASH_ROUNDS overrides).
@Suite(.serialized) struct CrashLiveTests {
  static var rounds: Int {
    let env = ProcessInfo.processInfo.environment
    if let n = env["AVGD_CRASH_ROUNDS"].flatMap(Int.init) { return n }
    return env["CI"] == "true" ? 6 : 25
  }

  final class Acked: @unchecked Sendable {
    let lock = NSLock()
    var ids: [String] = []
    func add(_ id: String) { lock.lock(); ids.append(id); lock.unlock() }
  }

  @Test func everyAcknowledgedWriteSurvivesSIGKILL() throws {
    let dir = Binaries.temporaryDirectory()
    let args = ["serve", "--store", dir + "/store"]
    let acked = Acked()
    for round in 0..<Self.rounds {
      let server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
      let clients = try (0..<4).map { _ in try server.connect() }
      let group = DispatchGroup()
      for (k, c) in clients.enumerated() {
        DispatchQueue.global().async(group: group) {
          for n in 0..<10_000 {
            c.sendLine(
              #"{"jsonrpc":"2.0","method":"breaches.register","params":{"kind":"nearMiss","summary":"round \#(round) client \#(k) write \#(n)","awareAt":"2026-11-27T16:30:00+01:00"},"id":\#(n)}"#)
            guard let line = c.readLine(timeout: 5), let v = try? JSONParser.parse(line),
              let id = v["result"]?["id"]?.stringValue
            else { return }
            acked.add(id)
          }
        }
      }
      usleep(UInt32.random(in: 50_000...300_000))
      kill(server.process.processIdentifier, SIGKILL)
      server.process.waitUntilExit()
      group.wait()
      clients.forEach { $0.close() }
    }
    #expect(acked.ids.count > Self.rounds)
    // Restart once more: every acknowledged id is present, none twice, and the store verifies.
    let server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    let c = try server.connect()
    var present = Set<String>()
    var cursor: JSONValue = .null
    repeat {
      c.sendLine(JSONWriter.string(["jsonrpc": "2.0", "method": "breaches.list", "params": ["limit": 1000, "cursor": cursor], "id": 1]))
      let page = try #require(c.readLine().flatMap { try? JSONParser.parse($0) }?["result"])
      for item in page["items"]?.arrayValue ?? [] { present.insert(item["id"]?.stringValue ?? "") }
      cursor = page["nextCursor"] ?? .null
    } while cursor != .null
    let missing = acked.ids.filter { !present.contains($0) }
    #expect(missing.isEmpty, "acknowledged but lost: \(missing.prefix(5))")
    #expect(Set(acked.ids).count == acked.ids.count)
    c.close()
    #expect(server.terminate() == 0)
    let verify = Process()
    verify.executableURL = URL(fileURLWithPath: Binaries.avgd)
    verify.arguments = ["store", "verify", "--store", dir + "/store"]
    verify.standardOutput = Pipe()
    try verify.run()
    verify.waitUntilExit()
    #expect(verify.terminationStatus == 0)
  }
}
