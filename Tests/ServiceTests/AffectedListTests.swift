import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The affected-people list of a breach is a restricted attachment that is deleted — from the
/// register and the store's files — once the people are told (rules.md §3.5).
@Suite struct AffectedListTests {
  @Test func theListIsDeletedAfterTheNotification() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-affected-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.storeDirectory = dir
    let service = try AvgdService(configuration: c)
    let breach = call(service, "breaches.register", [
      "kind": "dataBreach", "summary": "grades mailed to the wrong parents", "awareAt": "2026-11-27T16:30:00+01:00",
    ])
    let id = try #require(breach["id"]?.stringValue)
    let incident = call(service, "breaches.register", [
      "kind": "securityIncident", "summary": "door left open", "awareAt": "2026-11-27T16:30:00+01:00",
    ])
    #expect(callError(service, "breaches.attachAffected", [
      "id": incident["id"] ?? .null, "at": "2026-11-28T09:00:00+01:00", "people": [["name": "X"]],
    ])?.data?["field"] == "id")
    #expect(callError(service, "breaches.attachAffected", [
      "id": .string(id), "at": "2026-11-28T09:00:00+01:00", "people": [["name": ""]],
    ])?.data?["field"] == "people[0].name")

    let attached = call(service, "breaches.attachAffected", [
      "id": .string(id), "at": "2026-11-28T09:00:00+01:00",
      "people": [["name": "Familie Oosterhuis", "contact": "Laan 3"], ["name": "Familie Brink"]],
    ])
    #expect(attached["count"] == 2)
    #expect(!JSONWriter.string(call(service, "breaches.get", ["id": .string(id)])).contains("Oosterhuis"))
    #expect(call(service, "breaches.affected", ["id": .string(id)])["people"]?.arrayValue?.count == 2)

    _ = call(service, "breaches.notifySubjects", [
      "id": .string(id), "notifiedAt": "2026-11-28T15:00:00+01:00", "channel": "letter",
      "content": ["contactPoint": "FG", "consequences": "names seen by others", "measures": "mail recalled"],
      "audience": ["legalRepresentatives": 2],
    ])
    #expect(callError(service, "breaches.affected", ["id": .string(id)])?.code == .notFound)
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
      let text = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))) ?? Data(), as: UTF8.self)
      #expect(!text.contains("Oosterhuis"), "\(name) still holds a name from the deleted list")
    }
    service.shutdown()
  }
}
