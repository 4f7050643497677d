import Foundation
import JSON
import Testing

/// Consent and disclosure through the real binary over its socket, on a real store: a parent's
/// consent at 15 is accepted, a parent's at 16 refused (1003, UAVG art. 5), the student withdraws
/// the parent's consent at 16 (AVG art. 7(3)) and a later disclosure on it is 1006; the recipients
/// for an access request (art. 15(1)(c)) and the processor check survive a restart.
@Suite struct SharingLiveTests {
  static func call(_ client: LineClient, _ method: String, _ params: JSONObject, id: Int) throws -> JSONValue {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": .int(id)]
    client.send(JSONWriter.bytes(request) + [0x0A])
    return try #require(client.readLine().flatMap { try? JSONParser.parse($0) })
  }

  static let student: JSONValue = ["id": "3310", "birthDate": "2010-03-15"]

  @Test func consentWithdrawalAndRecipients() throws {
    let dir = Binaries.temporaryDirectory()
    var server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    var client = try server.connect()
    let atFifteen = try Self.call(client, "consents.record", [
      "student": Self.student, "givenBy": ["relationship": "parent", "name": "K. de Boer"], "scope": ["photo"],
      "purpose": "photos on the school website", "givenOn": "2026-03-14",
    ], id: 1)
    #expect(atFifteen["result"]?["id"] == "C-2026-0001")
    let atSixteen = try Self.call(client, "consents.record", [
      "student": Self.student, "givenBy": ["relationship": "parent", "name": "K. de Boer"], "scope": ["photo"],
      "purpose": "photos on the school website", "givenOn": "2026-03-15",
    ], id: 2)
    #expect(atSixteen["error"]?["code"] == 1003)
    #expect(atSixteen["error"]?["data"]?["holders"] == ["student"])

    let photo: JSONObject = [
      "recipient": ["name": "Fotostudio", "role": "thirdPartyController"], "purpose": "photos on the school website",
      "legalBasis": "AVG6_1a", "dataCategories": ["photo"], "students": [Self.student], "disclosedOn": "2026-10-01",
      "consentId": "C-2026-0001",
    ]
    #expect(try Self.call(client, "sharing.record", photo, id: 3)["result"]?["id"] == "S-2026-0001")
    let withdrawn = try Self.call(client, "sharing.withdrawConsent", [
      "consentId": "C-2026-0001", "withdrawnOn": "2026-11-20", "by": ["relationship": "student", "name": "L. de Boer"],
    ], id: 4)
    #expect(withdrawn["result"]?["status"] == "withdrawn")
    var later = photo
    later["disclosedOn"] = "2026-11-25"
    #expect(try Self.call(client, "sharing.record", later, id: 5)["error"]?["code"] == 1006)
    let noLaw = try Self.call(client, "sharing.record", [
      "recipient": ["name": "DUO", "role": "thirdPartyController"], "purpose": "BRON registration", "legalBasis": "AVG6_1e",
      "dataCategories": ["name"], "students": [Self.student], "disclosedOn": "2026-10-01",
    ], id: 6)
    #expect(noLaw["error"]?["data"]?["field"] == "specificLaw")
    let registered = try Self.call(client, "processors.register", [
      "supplier": ["name": "Toetsplatform B.V.", "convenantStatus": "participant", "convenantCheckedOn": "2026-11-01"],
      "agreement": ["model": "model2_0", "effectiveFrom": "2017-01-01", "signedBySchool": ["name": "J", "role": "bestuurder", "on": "2017-01-01"], "signedBySupplier": ["name": "S", "on": "2017-01-01"]],
      "products": [["name": "Toetsen", "annexVersion": "1"]],
    ], id: 7)
    #expect(registered["result"]?["id"] == "P-2026-0001")
    client.close()
    #expect(server.terminate() == 0)

    server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    client = try server.connect()
    let recipients = try Self.call(client, "sharing.recipients", ["studentId": "3310"], id: 8)
    #expect(recipients["result"]?["count"] == 1)
    #expect(recipients["result"]?["recipients"]?.arrayValue?.first?["name"] == "Fotostudio")
    let consent = try Self.call(client, "consents.get", ["id": "C-2026-0001"], id: 9)
    #expect(consent["result"]?["status"] == "withdrawn")
    let check = try Self.call(client, "processors.check", [:], id: 10)
    #expect(check["result"]?["findings"]?.arrayValue?.map { $0["code"]?.stringValue ?? "" } == ["olderModel"])
    client.close()
    #expect(server.terminate() == 0)
  }
}
