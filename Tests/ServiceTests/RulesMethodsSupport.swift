import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The rules methods this suite covers.
let rulesMethods = [
  "rights.resolve", "rights.check", "rights.timeline", "deadlines.request", "deadlines.breach", "calendar.holidays",
]

/// A service with the clock pinned as the example replay pins it.
func makeService(
  now: String = "2026-11-29T10:00:00+01:00", convention: String = "march1", roles: [Role] = [.privacyOfficer]
) throws -> AvgdService {
  var c = ServiceConfiguration()
  c.fixedNow = now
  c.leapDayConvention = convention
  if roles != [.privacyOfficer] {
    // In-process calls count as the daemon's own user: give that user these roles.
    var config = RolesConfig()
    config.uids[getuid()] = roles
    c.access = AccessPolicy(config: config)
  }
  return try AvgdService(configuration: c)
}

let testPeer = Peer(kind: .inProcess, uid: 0, gid: 0, pid: nil, userName: "test")

/// Calls a method in-process and returns its result, recording an issue on error.
func call(
  _ service: AvgdService, _ method: String, _ params: JSONObject, sourceLocation: SourceLocation = #_sourceLocation
) -> JSONValue {
  switch service.server.call(method, params: params, peer: testPeer) {
  case .success(let v): return v
  case .failure(let e):
    Issue.record("\(method) failed: \(e)", sourceLocation: sourceLocation)
    return .null
  }
}

/// Calls a method that must fail and returns the error.
func callError(_ service: AvgdService, _ method: String, _ params: JSONObject) -> RPCError? {
  if case .failure(let e) = service.server.call(method, params: params, peer: testPeer) { return e }
  return nil
}

/// The helpers themselves: the pinned service, its roles, and calls that must fail.
@Suite struct RulesMethodsSupportTests {
  @Test func pinnedServiceAndHelpers() throws {
    let service = try makeService(now: "2026-03-14T23:30:00Z")
    #expect(call(service, "rights.resolve", ["birthDate": "2010-03-15"])["on"] == "2026-03-15")
    #expect(callError(service, "rights.resolve", ["birthDate": "2026-02-30"])?.code == .invalidParams)
    #expect(callError(service, "rights.resolve", ["birthDate": "2010-03-15"]) == nil)
    let counsellor = try makeService(roles: [.confidentialCounsellor])
    #expect(callError(counsellor, "requests.list", [:])?.code == .forbidden)
  }
}
