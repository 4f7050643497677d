import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// Retention of the request and breach registers (rules.md §8): a closed record is kept five
/// years, then `retention.purge` removes it, leaves one line without names, and erases it from
/// the store's files.
@Suite struct RetentionPurgeTests {
  @Test func expiredRecordsArePurgedAndErasedFromTheFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("avgd-retention-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.storeDirectory = dir
    let service = try AvgdService(configuration: c)
    // Answered in January 2021: kept until 2026-01-21, so expired on 2026-11-29.
    _ = call(service, "requests.open", [
      "type": "access", "student": ["id": "S-9", "birthDate": "2007-05-01"],
      "requester": ["relationship": "parent", "name": "Hendrika Zwanenburg"], "receivedOn": "2021-01-04",
    ])
    _ = call(service, "requests.decide", [
      "id": "R-2021-0001", "decision": "granted", "decidedBy": ["name": "A. Rector", "role": "director"],
      "decidedAt": "2021-01-20T10:00:00+01:00",
    ])
    let responded = call(service, "requests.respond", ["id": "R-2021-0001", "respondedAt": "2021-01-21T10:00:00+01:00", "channel": "letter"])
    #expect(responded["retainUntil"] == "2026-01-21")
    #expect(responded["retentionRule"] == "requests-5y")
    // Answered in 2026: kept until 2031.
    _ = call(service, "requests.open", [
      "type": "access", "student": ["id": "S-10", "birthDate": "2012-05-01"],
      "requester": ["relationship": "parent", "name": "Recent Parent"], "receivedOn": "2026-11-02",
    ])
    _ = call(service, "requests.withdraw", ["id": "R-2026-0001", "at": "2026-11-03T10:00:00+01:00"])

    let dry = call(service, "retention.purge", ["dryRun": true])
    #expect(dry["registers"]?["requests"]?["count"] == 1)
    #expect(callError(service, "retention.purge", ["on": "2026-11-30"])?.data?["field"] == "on")

    let done = call(service, "retention.purge", [:])
    let line = done["registers"]?["requests"]?["purged"]?.arrayValue?.first
    #expect(line?["note"] == "Verzoek R-2021-0001 gesloten op 2021-01-21, verwijderd op 2026-11-29 volgens bewaarregel requests-5y")
    #expect(done["registers"]?["requests"]?["erasedFromJournal"] == true)
    #expect(callError(service, "requests.get", ["id": "R-2021-0001"])?.code == .notFound)
    #expect(call(service, "requests.get", ["id": "R-2026-0001"])["status"] == "withdrawn")
    // No file of the store still holds the purged requester's name.
    for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
      let text = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))) ?? Data(), as: UTF8.self)
      #expect(!text.contains("Hendrika Zwanenburg"), "\(name) still holds the purged name")
    }
    service.shutdown()
  }
}
