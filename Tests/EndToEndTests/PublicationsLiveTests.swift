import Foundation
import JSON
import Testing

/// Image consent and staff instruction through the real binary over its socket, on a real store,
/// with the settings given on the command line: a publication on consent, the withdrawal that
/// answers with the publication to take down, the due list surviving a restart, the take-down
/// recorded; and a staff member's expired instruction on the due list (duties.md §5, §6).
@Suite struct PublicationsLiveTests {
  static func call(_ client: LineClient, _ method: String, _ params: JSONObject, id: Int) throws -> JSONValue {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": .int(id)]
    client.send(JSONWriter.bytes(request) + [0x0A])
    return try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
  }

  @Test func aWithdrawalListsThePublicationToTakeDown() throws {
    let dir = Binaries.temporaryDirectory()
    let args = ["serve", "--store", dir + "/store", "--image-consent-renewal", "09-01", "--staff-grace-days", "10"]
    var server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    var client = try server.connect()
    let consent = try Self.call(client, "publications.consent", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "channels": ["WEBSITE"], "givenOn": "2026-09-15",
    ], id: 1)
    #expect(consent["result"]?["items"]?.arrayValue?.first?["validUntil"] == "2027-08-31", "the renewal date from the command line")
    let published = try Self.call(client, "publications.record", [
      "channel": "WEBSITE", "publishedOn": "2026-10-05", "description": "Foto's sportdag",
      "students": [["id": "4521"], ["id": "6012", "recognisable": false]],
    ], id: 2)
    #expect(published["result"]?["id"] == "BP-2026-0001")
    let refused = try Self.call(client, "publications.record", [
      "channel": "WEBSITE", "publishedOn": "2026-10-06", "description": "Klassenfoto", "students": [["id": "6012"]],
    ], id: 3)
    #expect(refused["error"]?["code"] == 1006)
    #expect(refused["error"]?["data"]?["field"] == "students[0].id")
    let withdrawn = try Self.call(client, "publications.withdraw", [
      "studentId": "4521", "channel": "WEBSITE", "withdrawnOn": "2026-11-20", "by": ["relationship": "parent", "name": "M. Jansen"],
    ], id: 4)
    #expect(withdrawn["result"]?["status"] == "withdrawn")
    #expect(withdrawn["result"]?["takedowns"]?.arrayValue?.map { $0["publicationId"] } == ["BP-2026-0001"])
    #expect(try Self.call(client, "publications.check", ["studentId": "4521", "channel": "WEBSITE"], id: 5)["result"]?["code"] == "withdrawn")
    _ = try Self.call(client, "staff.instruct", [
      "topic": "DATALEK_MELDEN", "on": "2025-11-28", "staff": [["id": "MW-1043", "role": "LERAAR", "school": "Brederocollege"]],
    ], id: 6)
    client.close()
    #expect(server.terminate() == 0)

    server = try LiveProcess(Binaries.avgd, args, socket: true, directory: dir)
    client = try server.connect()
    let due = try Self.call(client, "publications.takedowns", [:], id: 7)
    #expect(due["result"]?["count"] == 1)
    #expect(due["result"]?["items"]?.arrayValue?.first?["students"] == [["id": "4521", "since": "2026-11-20"]])
    let taken = try Self.call(client, "publications.takeDown", ["id": "BP-2026-0001", "takenDownOn": "2026-11-23"], id: 8)
    #expect(taken["result"]?["status"] == "takenDown")
    #expect(try Self.call(client, "publications.takedowns", [:], id: 9)["result"]?["count"] == 0)
    let staffDue = try Self.call(client, "staff.due", ["topic": "DATALEK_MELDEN"], id: 10)
    #expect(staffDue["result"]?["items"]?.arrayValue?.first?["reason"] == "expired")
    #expect(staffDue["result"]?["items"]?.arrayValue?.first?["dueSince"] == "2026-11-29")
    client.close()
    #expect(server.terminate() == 0)
  }
}
