import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// An in-process avgd with "now" pinned, and a caller, for the requests service tests.
struct InProcess {
  let service: AvgdService
  let peer: Peer

  /// A service pinned at `now`, called as `user` (the daemon's own uid: the privacy officer).
  init(now: String = "2026-11-29T10:00:00+01:00", user: String = "privacy-officer") throws {
    var c = ServiceConfiguration()
    c.fixedNow = now
    service = try AvgdService(configuration: c)
    peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: user)
  }

  func call(_ method: String, _ params: JSONObject) -> Result<JSONValue, RPCError> {
    service.server.call(method, params: params, peer: peer)
  }

  /// The result, or the error thrown.
  func ok(_ method: String, _ params: JSONObject) throws -> JSONValue { try call(method, params).get() }

  /// The error, or nil when the call succeeded.
  func error(_ method: String, _ params: JSONObject) -> RPCError? {
    if case .failure(let e) = call(method, params) { return e }
    return nil
  }

  /// Opens an access request by a parent for a student born `birthDate`, received on `on`.
  @discardableResult
  func open(student: String, birthDate: String = "2014-05-12", on: String = "2026-11-20", school: String? = nil) throws -> String {
    var p: JSONObject = [
      "type": "access", "student": ["id": .string(student), "birthDate": .string(birthDate)],
      "requester": ["relationship": "parent"], "receivedOn": .string(on),
    ]
    if let school { p["school"] = .string(school) }
    return try ok("requests.open", p)["id"]?.stringValue ?? ""
  }
}

/// The harness itself: pinned clock, the caller it names, and results and errors kept apart.
@Suite struct InProcessTests {
  @Test func callsAsTheNamedUserOnThePinnedDay() throws {
    let s = try InProcess(user: "fg")
    let id = try s.open(student: "S-1", school: "De Linde")
    #expect(id == "R-2026-0001")
    let record = try s.ok("requests.get", ["id": .string(id)])
    #expect(record["registeredBy"] == "fg" && record["school"] == "De Linde")
    #expect(try s.ok("rights.resolve", ["birthDate": "2010-03-15"])["on"] == "2026-11-29")
    #expect(s.error("requests.get", ["id": "R-2026-0404"])?.code == .notFound)
    #expect(s.error("service.info", [:]) == nil)
  }
}
