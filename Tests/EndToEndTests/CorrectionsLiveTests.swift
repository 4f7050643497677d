import Foundation
import JSON
import Testing

/// The corrections of issue 16 §6 through the real binary over its socket, on a real store: a
/// consent's birth date is corrected and its derived `studentTakesOverOn` follows, a refused field
/// says why on `fields.<name>`, a staff member's start is corrected, and after a restart the
/// history still holds the entry and the correction with old and new values (both versions journaled).
@Suite struct CorrectionsLiveTests {
  @Test func aCorrectionIsJournaledWithBothVersionsAndSurvivesARestart() throws {
    let dir = Binaries.temporaryDirectory()
    var server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    var client = try server.connect()
    let recorded = try SharingLiveTests.call(client, "consents.record", [
      "student": ["id": "4521", "birthDate": "2012-05-10"], "givenBy": ["relationship": "parent", "name": "M. Jansen"],
      "scope": ["photo"], "purpose": "class photo", "givenOn": "2026-09-01",
    ], id: 1)
    #expect(recorded["result"]?["studentTakesOverOn"] == "2028-05-10")
    let corrected = try SharingLiveTests.call(client, "consents.correct", [
      "id": "C-2026-0001", "fields": ["student": ["birthDate": "2012-06-10"]], "reason": "typefout in de geboortedatum",
    ], id: 2)
    #expect(corrected["result"]?["consent"]?["studentTakesOverOn"] == "2028-06-10")
    #expect(corrected["result"]?["correction"]?["recomputed"] == [["field": "studentTakesOverOn", "old": "2028-05-10", "new": "2028-06-10"]])
    let refused = try SharingLiveTests.call(client, "consents.correct", [
      "id": "C-2026-0001", "fields": ["status": "withdrawn"], "reason": "x", "language": "en",
    ], id: 3)
    #expect(refused["error"]?["code"] == -32602)
    #expect(refused["error"]?["data"]?["field"] == "fields.status")
    #expect(refused["error"]?["data"]?["reason"]?.stringValue?.contains("the status moves only") == true)
    _ = try SharingLiveTests.call(client, "staff.register", [
      "id": "MW-1", "roles": ["LERAAR"], "schools": ["Brederocollege"], "activeFrom": "2024-08-15",
    ], id: 4)
    let staff = try SharingLiveTests.call(client, "staff.correct", [
      "id": "MW-1", "fields": ["activeFrom": "2024-08-19"], "reason": "startdatum volgens de aanstelling",
    ], id: 5)
    #expect(staff["result"]?["member"]?["activeFrom"] == "2024-08-19")
    client.close()
    #expect(server.terminate() == 0)

    server = try LiveProcess(Binaries.avgd, ["serve", "--store", dir + "/store"], socket: true, directory: dir)
    client = try server.connect()
    let history = try SharingLiveTests.call(client, "consents.history", ["id": "C-2026-0001"], id: 6)
    let events = history["result"]?["events"]?.arrayValue ?? []
    #expect(events.map { $0["event"] } == ["consents.recorded", "consents.corrected"])
    #expect(events.last?["change"]?["fields"] == [["field": "student.birthDate", "old": "2012-05-10", "new": "2012-06-10"]])
    #expect(events.last?["change"]?["reason"] == "typefout in de geboortedatum")
    let now = try SharingLiveTests.call(client, "consents.get", ["id": "C-2026-0001"], id: 7)
    #expect(now["result"]?["student"]?["birthDate"] == "2012-06-10")
    client.close()
    #expect(server.terminate() == 0)
  }
}
