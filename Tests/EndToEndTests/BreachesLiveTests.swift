import Foundation
import JSON
import Testing

/// The Friday-afternoon USB stick through the real binary over its socket, on a real store:
/// aware Fri 2026-11-27 16:30 → the AP report is due Mon 2026-11-30 16:30 (AVG art. 33(1), 72 h),
/// listed as due on Sunday with 30.5 hours left, and still there after a restart.
@Suite struct BreachesLiveTests {
  static func call(_ client: LineClient, _ method: String, _ params: JSONObject, id: Int) throws -> JSONValue {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": .int(id)]
    client.send(JSONWriter.bytes(request) + [0x0A])
    return try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
  }

  @Test func fridayAfternoonUSBStick() throws {
    let dir = Binaries.temporaryDirectory()
    var server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    var client = try server.connect()
    let registered = try Self.call(client, "breaches.register", [
      "kind": "dataBreach", "summary": "USB stick with a class list lost on the train",
      "awareAt": "2026-11-27T16:30:00+01:00",
    ], id: 1)
    #expect(registered["result"]?["id"] == "D-2026-0001")
    #expect(registered["result"]?["reportBy"] == "2026-11-30T16:30:00+01:00")
    #expect(registered["result"]?["registeredAt"] == "2026-11-29T10:00:00+01:00")

    let due = try Self.call(client, "breaches.due", [:], id: 2)
    #expect(due["result"]?["items"]?.arrayValue?.first?["hoursLeft"] == 30.5)

    let noOffset = try Self.call(client, "breaches.register", [
      "kind": "dataBreach", "summary": "x", "awareAt": "2026-10-25T02:30:00",
    ], id: 3)
    #expect(noOffset["error"]?["code"] == -32602)
    #expect(noOffset["error"]?["data"]?["field"] == "awareAt")

    let late = try Self.call(client, "breaches.reportToAuthority", [
      "id": "D-2026-0001", "reportedAt": "2026-11-30T16:30:01+01:00", "reference": "M-1",
    ], id: 4)
    #expect(late["error"]?["data"]?["field"] == "lateReason")
    client.close()
    #expect(server.terminate() == 0)

    server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    client = try server.connect()
    let got = try Self.call(client, "breaches.get", ["id": "D-2026-0001"], id: 5)
    #expect(got["result"]?["reportBy"] == "2026-11-30T16:30:00+01:00")
    #expect(got["result"]?["status"] == "registered")
    client.close()
    #expect(server.terminate() == 0)
  }
}
