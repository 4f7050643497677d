import Foundation
import JSON
import JSONRPC
import Rules
import Service

/// Calls per second of `service.info` and `rights.resolve` inside one process, both through
/// `server.call` (decoded params) and through `server.handle` (request bytes in, reply bytes out,
/// the path a connection's worker takes), so transport cost can be told apart from method cost.
enum InProcessBench {
  /// Runs `count` calls of each method on a memory-only service and prints calls/s.
  static func run(count: Int) throws {
    var configuration = ServiceConfiguration()
    configuration.fixedNow = "2026-11-29T10:00:00+01:00"
    let service = try AvgdService(configuration: configuration)
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: getpid(), userName: "bench")
    let session = RPCSession(peer: peer)
    let resolveParams: JSONObject = ["birthDate": "2010-03-15", "on": "2026-03-15"]
    var fields: [(String, Any)] = [("count", count)]
    for (label, method, params) in [("info", "service.info", JSONObject()), ("resolve", "rights.resolve", resolveParams)] {
      fields.append(("call_\(label)_per_s", try rate(count) {
        guard case .success = service.server.call(method, params: params, peer: peer) else {
          throw BenchError("\(method) failed in-process")
        }
      }))
      let request = Array(JSONWriter.bytes(
        ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": 1]))
      fields.append(("handle_\(label)_per_s", try rate(count) {
        guard let reply = service.server.handle(request, session: session), reply.count > 40 else {
          throw BenchError("\(method) gave no reply")
        }
      }))
    }
    // rights.resolve with real variety (issue 13 §4): 10,000 birth dates × 30 reference dates, so no
    // one cached answer serves them; the requests are encoded before the clock starts.
    let variety = try varietyRequests()
    var next = 0
    fields.append(("handle_resolve_variety_per_s", try rate(count) {
      let request = variety[next]
      next = next + 1 == variety.count ? 0 : next + 1
      guard let reply = service.server.handle(request, session: session), reply.count > 40 else {
        throw BenchError("rights.resolve (variety) gave no reply")
      }
    }))
    BenchArgs.emit(fields)
  }

  /// 300,000 `rights.resolve` requests: birth dates 1998-06-01 + i days (i < 10,000) against 30
  /// reference dates 12 days apart from 2026-01-05, interleaved so consecutive calls differ in both; every pair once.
  private static func varietyRequests() throws -> [[UInt8]] {
    guard let first = CivilDate(year: 1998, month: 6, day: 1), let firstOn = CivilDate(year: 2026, month: 1, day: 5) else {
      throw BenchError("bad dates")
    }
    var out: [[UInt8]] = []
    out.reserveCapacity(300_000)
    for k in 0..<300_000 {
      let birth = first.adding(days: (k * 7_919) % 10_000)
      let on = firstOn.adding(days: 12 * ((k / 10_000 + k) % 30))
      let params: JSONObject = ["birthDate": .string(birth.description), "on": .string(on.description)]
      out.append(Array(JSONWriter.bytes(["jsonrpc": "2.0", "method": "rights.resolve", "params": .object(params), "id": 1])))
    }
    return out
  }

  /// Calls/s of `body` over `count` runs, after a warm-up of count/10.
  private static func rate(_ count: Int, _ body: () throws -> Void) throws -> Double {
    for _ in 0..<max(1, count / 10) { try body() }
    let start = BenchArgs.now()
    for _ in 0..<count { try body() }
    return Double(count) / (BenchArgs.now() - start)
  }
}
