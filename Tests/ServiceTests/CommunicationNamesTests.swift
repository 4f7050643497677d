import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// The communication check knows the names the registers hold: a requester of a subject request
/// and the person who gave a consent are flagged in a general notice; a neutral text is clean.
@Suite struct CommunicationNamesTests {
  @Test func requestersAndConsentGiversAreFlagged() throws {
    let service = try makeService()
    _ = call(service, "requests.open", [
      "type": "access", "student": ["id": "S-1", "birthDate": "2012-05-01"],
      "requester": ["relationship": "parent", "name": "Jolanda Verbeek"], "receivedOn": "2026-11-20",
    ])
    _ = call(service, "consents.record", [
      "student": ["id": "S-2", "birthDate": "2012-06-01"], "givenBy": ["relationship": "parent", "name": "Karel Mulder"],
      "scope": ["photos"], "purpose": "school website", "givenOn": "2026-09-01",
    ])
    let text = "Na een vraag van Jolanda Verbeek en Karel Mulder passen we de website aan."
    let r = call(service, "communication.check", ["text": .string(text), "audience": "general"])
    let names = (r["findings"]?.arrayValue ?? []).filter { $0["kind"] == "name" }.compactMap { $0["text"]?.stringValue }
    #expect(names == ["Jolanda Verbeek", "Karel Mulder"])
    let neutral = call(service, "communication.check", [
      "text": "Er is een beveiligingsincident geweest. We hebben maatregelen genomen.", "audience": "general",
    ])
    #expect(neutral["ok"] == true)
  }
}
