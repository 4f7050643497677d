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

  /// No name oracle (settled decision 48): a name that only the counsellor's dossiers hold is a
  /// finding for the counsellor and for nobody else; a name written in a name's form is a finding for
  /// everyone, dossier or not.
  @Test func complaintDossiersAreASourceForTheCounsellorAlone() throws {
    var config = RolesConfig()
    config.users["vp"] = [.confidentialCounsellor]
    config.users["fg"] = [.privacyOfficer]
    config.users["admin"] = [.administration, .management]
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.access = AccessPolicy(config: config)
    let service = try AvgdService(configuration: c)
    func peer(_ name: String) -> Peer { Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: name) }
    func names(_ user: String, _ text: String) throws -> [String] {
      let r = try service.server.call("communication.check", params: ["text": .string(text), "audience": "general"], peer: peer(user)).get()
      return (r["findings"]?.arrayValue ?? []).filter { $0["kind"] == "name" }.compactMap { $0["text"]?.stringValue }
    }
    _ = try service.server.call("complaints.open", params: ComplaintsServiceTests.opening(name: "Wendel Oosterbeek"), peer: peer("vp")).get()
    let text = "Ouders, na een gesprek met Wendel Oosterbeek en Peter Bakker passen we het rooster aan."
    // Not a listed given name, no tussenvoegsel: only the dossier makes "Wendel Oosterbeek" a name.
    #expect(try names("vp", text) == ["Wendel Oosterbeek", "Peter Bakker"])
    #expect(try names("fg", text) == ["Peter Bakker"])
    #expect(try names("admin", text) == ["Peter Bakker"])
    // The form still finds a name with a tussenvoegsel, for every role.
    #expect(try names("fg", "We spraken met Wendel van Oosterbeek.") == ["Wendel van Oosterbeek"])
  }
}
