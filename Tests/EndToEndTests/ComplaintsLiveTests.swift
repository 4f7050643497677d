import Foundation
import JSON
import Testing

/// A counsellor's dossier through the real binary over its socket, on a real store: opened only
/// with consent (decision 47), the staff prompt (decision 49), an old dossier purged after its two
/// years and gone from the store's files after a restart (rules.md §7–8), and the communication
/// check flagging the complainant's name.
@Suite struct ComplaintsLiveTests {
  static func call(_ client: LineClient, _ method: String, _ params: JSONObject, id: Int) throws -> JSONValue {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": .int(id)]
    client.send(JSONWriter.bytes(request) + [0x0A])
    return try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
  }

  static func opening(_ name: String, openedAt: String) -> JSONObject {
    [
      "complainant": ["name": .string(name), "role": "parent"], "description": "Remarks at a parents' evening",
      "consent": ["givenBy": .string(name), "givenAt": .string(openedAt), "explicit": true],
      "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": .string(openedAt),
    ]
  }

  @Test func dossierLifecycleAndPurge() throws {
    let dir = Binaries.temporaryDirectory()
    // The dossiers are the confidential counsellor's alone: this test's user is given that role.
    let roles = dir + "/roles.json"
    let text = #"{"version":1,"uids":{"\#(getuid())":["privacyOfficer","confidentialCounsellor"]}}"#
    #expect(FileManager.default.createFile(atPath: roles, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
    var server = try LiveProcess(
      Binaries.avgd, ["serve", "--store", dir + "/store", "--roles", roles], socket: true, directory: dir)
    var client = try server.connect()
    var noConsent = Self.opening("Fatima El Amrani", openedAt: "2024-03-04T14:00:00+01:00")
    noConsent["consent"] = nil
    let refused = try Self.call(client, "complaints.open", noConsent, id: 1)
    #expect(refused["error"]?["code"] == -32602)
    #expect(refused["error"]?["data"]?["field"] == "consent")

    let old = try Self.call(client, "complaints.open", Self.opening("Fatima El Amrani", openedAt: "2024-03-04T14:00:00+01:00"), id: 2)
    #expect(old["result"]?["id"] == "K-2024-0001")
    #expect(old["result"]?["prompt"]?["kind"] == "reportingDuty")
    _ = try Self.call(client, "complaints.open", Self.opening("Sanne de Vries", openedAt: "2026-11-02T10:00:00+01:00"), id: 3)
    let closed = try Self.call(client, "complaints.close", ["id": "K-2024-0001", "closedAt": "2024-06-10T16:00:00+02:00", "outcome": "mediated"], id: 4)
    #expect(closed["result"]?["retainUntil"] == "2026-06-10")

    let check = try Self.call(client, "communication.check", ["text": "Ouders, Sanne de Vries heeft geklaagd.", "audience": "general"], id: 5)
    #expect(check["result"]?["findings"]?.arrayValue?.first?["text"] == "Sanne de Vries")
    #expect(check["result"]?["findings"]?.arrayValue?.first?["start"] == 8)

    let purge = try Self.call(client, "complaints.purge", [:], id: 6)
    #expect(purge["result"]?["count"] == 1)
    #expect(purge["result"]?["erasedFromJournal"] == true)
    client.close()
    #expect(server.terminate() == 0)

    for file in (try? FileManager.default.contentsOfDirectory(atPath: dir + "/store")) ?? [] {
      let text = (try? String(contentsOfFile: dir + "/store/" + file, encoding: .utf8)) ?? ""
      #expect(!text.contains("Amrani"), "\(file) still holds the purged dossier")
    }

    server = try LiveProcess(
      Binaries.avgd, ["serve", "--store", dir + "/store", "--roles", roles], socket: true, directory: dir)
    client = try server.connect()
    let gone = try Self.call(client, "complaints.get", ["id": "K-2024-0001"], id: 7)
    #expect(gone["error"]?["code"] == 1001)
    let kept = try Self.call(client, "complaints.get", ["id": "K-2026-0001"], id: 8)
    #expect(kept["result"]?["status"] == "open")
    let report = try Self.call(client, "complaints.annualReport", ["year": 2026], id: 9)
    #expect(report["result"]?["purged"] == 1 && report["result"]?["opened"] == 1)
    client.close()
    #expect(server.terminate() == 0)
  }
}
