import Foundation
import JSON
import Testing

/// A request's whole life through the real binary over its socket, with a restart in the middle:
/// what was acknowledged is still there after the process stopped (the store's journal).
@Suite struct RequestsLiveTests {
  final class Session {
    let client: LineClient
    var next = 0
    init(_ client: LineClient) { self.client = client }

    /// The reply to one call: `result` or `error`.
    func call(_ method: String, _ params: JSONObject) throws -> JSONValue {
      next += 1
      let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": .int(next)]
      client.send(JSONWriter.bytes(request) + [0x0A])
      let line = try #require(client.readLine())
      let reply = try JSONParser.parse(line)
      #expect(reply["id"] == .int(next))
      return reply
    }

    func result(_ method: String, _ params: JSONObject) throws -> JSONValue {
      let reply = try call(method, params)
      return try #require(reply["result"], "\(method): \(reply["error"] ?? .null)")
    }
  }

  @Test func lifecycleAcrossARestart() throws {
    let dir = Binaries.temporaryDirectory()
    let args = ["serve", "--store", dir + "/store"]
    var server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    var s = Session(try server.connect())
    let opened = try s.result("requests.open", [
      "type": "access", "student": ["id": "S-7", "birthDate": "2010-12-10"],
      "requester": ["relationship": "parent", "name": "P. Smit"], "receivedAt": "2026-11-20T08:15:00+01:00",
      "channel": "email",
    ])
    #expect(opened["id"] == "R-2026-0001" && opened["dueOn"] == "2026-12-21" && opened["entitled"] == true)
    _ = try s.result("requests.verifyIdentity", ["id": "R-2026-0001", "method": "known parent, checked by phone call-back", "verifiedAt": "2026-11-21T09:00:00+01:00"])
    let extended = try s.result("requests.extend", ["id": "R-2026-0001", "reason": "many systems", "noticeSentAt": "2026-11-25T09:00:00+01:00"])
    #expect(extended["extendedDueOn"] == "2027-02-22")
    let twice = try s.call("requests.extend", ["id": "R-2026-0001", "reason": "again", "noticeSentAt": "2026-11-26T09:00:00+01:00"])
    #expect(twice["error"]?["code"] == 1002 && twice["error"]?["data"]?["status"] == "extended")
    s.client.close()
    #expect(server.terminate() == 0)

    // Restart on the same store: the record and its history are back.
    server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    s = Session(try server.connect())
    let back = try s.result("requests.get", ["id": "R-2026-0001"])
    #expect(back["status"] == "extended" && back["extendedDueOn"] == "2027-02-22")
    #expect(back["identity"]?["method"] == "known parent, checked by phone call-back")
    let history = try s.result("requests.history", ["id": "R-2026-0001"])
    #expect(history["events"]?.arrayValue?.compactMap { $0["event"]?.stringValue } == ["requests.opened", "requests.identityVerified", "requests.extended"])
    // The next id continues the numbering after the restart.
    let second = try s.result("requests.open", [
      "type": "erasure", "student": ["id": "S-8", "birthDate": "2009-01-01"], "requester": ["relationship": "student"],
      "receivedOn": "2026-11-28",
    ])
    #expect(second["id"] == "R-2026-0002")
    let decided = try s.result("requests.decide", [
      "id": "R-2026-0001", "decision": "partiallyGranted", "grounds": ["UAVG41_1i_RIGHTS_OF_OTHERS"],
      "items": [["description": "notes of a conversation with the other parent", "disclosed": false, "ground": "UAVG41_1i_RIGHTS_OF_OTHERS"]],
      "decidedBy": ["name": "A. Jansen", "role": "director"], "balancing": "protects the other parent",
      "writtenRecord": "letter 2026-120", "decidedAt": "2026-11-29T09:00:00+01:00",
      "remedies": ["apComplaint": true, "judicialRemedy": true, "board": "private"],
    ])
    #expect(decided["status"] == "decided")
    let due = try s.result("requests.due", ["within": 30])
    #expect(due["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["R-2026-0002"])
    let done = try s.result("requests.respond", ["id": "R-2026-0001", "respondedAt": "2026-11-29T09:30:00+01:00", "channel": "email"])
    #expect(done["status"] == "responded" && done["respondedLate"] == false)
    let csv = try s.result("requests.export", ["format": "csv", "language": "nl", "status": "responded"])
    #expect(csv["count"] == 1)
    #expect(csv["csv"]?.stringValue?.hasPrefix("\u{FEFF}Kenmerk;Soort verzoek;Status;") == true)
    s.client.close()
    #expect(server.terminate() == 0)
  }
}
