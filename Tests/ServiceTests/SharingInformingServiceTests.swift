import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// Issue 19 items 7 and 8 over the wire: withdrawal by the holder with `holders` in the 1003, the
/// warning of `sharing.record` when nobody was told, `sharing.uninformed` and `sharing.informed`.
@Suite struct SharingInformingServiceTests {
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  static func absence(_ id: String, born: String, on: String = "2026-11-16", informed: [JSONValue]? = nil) -> JSONObject {
    var p: JSONObject = [
      "recipient": ["name": "Leerplicht gemeente Haarlem", "role": "thirdPartyController"], "purpose": "absence report",
      "legalBasis": "AVG6_1c", "specificLaw": "Leerplichtwet 1969 art. 21a", "dataCategories": ["name", "absence"],
      "students": [["id": .string(id), "birthDate": .string(born)]], "disclosedOn": .string(on),
    ]
    if let informed { p["informed"] = .array(informed) }
    return p
  }

  @Test func aStudentUnder16MayNotWithdrawAParentsConsent() throws {
    _ = try s.ok("consents.record", [
      "student": ["id": "3310", "birthDate": "2011-03-15"], "givenBy": ["relationship": "parent", "name": "K. de Boer"],
      "scope": ["photo"], "purpose": "photos on the school website", "givenOn": "2026-09-01",
    ])
    let e = s.error("sharing.withdrawConsent", ["consentId": "C-2026-0001", "withdrawnOn": "2026-11-20", "by": ["relationship": "student", "name": "L. de Boer"]])
    #expect(e?.code == .notEntitled && e?.data?["field"] == "by.relationship")
    #expect(e?.data?["holders"] == ["parents"])
    let ok = try s.ok("sharing.withdrawConsent", ["consentId": "C-2026-0001", "withdrawnOn": "2026-11-20", "by": ["relationship": "parent", "name": "K. de Boer"]])
    #expect(ok["status"] == "withdrawn")
  }

  @Test func nobodyToldGivesAWarningAndADueItem() throws {
    let r = try s.ok("sharing.record", Self.absence("5120", born: "2009-04-02"))
    #expect(r["informingDue"] == true)
    #expect(r["warnings"]?.arrayValue?.first?["kind"] == "uninformed")
    #expect(r["warnings"]?.arrayValue?.first?["students"] == ["5120"])
    #expect(r["warnings"]?.arrayValue?.first?["text"]?.stringValue?.contains("5120 (student)") == true)
    #expect(r["warnings"]?.arrayValue?.first?["text"]?.stringValue?.hasPrefix("Niemand is geïnformeerd") == true)
    let told = try s.ok("sharing.record", Self.absence("4521", born: "2012-05-10", informed: [["whom": "legalRepresentatives", "on": "2026-11-16", "how": "letter"]]))
    #expect(told["warnings"] == nil && told["parentsInformed"] == true)
    let stored = try s.ok("sharing.get", ["id": "S-2026-0001"])
    #expect(stored["warnings"] == nil && stored["informingDue"] == true)

    let due = try s.ok("sharing.uninformed", [:])
    #expect(due["count"] == 1)
    #expect(due["items"]?.arrayValue?.first?["id"] == "S-2026-0001" && due["items"]?.arrayValue?.first?["daysSince"] == 13)
    #expect(due["items"]?.arrayValue?.first?["students"] == [["id": "5120", "inform": "student"]])

    let parentsOnly = try s.ok("sharing.informed", ["id": "S-2026-0001", "whom": "legalRepresentatives", "on": "2026-11-20", "how": "letter"])
    #expect(parentsOnly["informingDue"] == true)  // 17: the student must be told
    let done = try s.ok("sharing.informed", ["id": "S-2026-0001", "whom": "student", "on": "2026-11-27", "how": "conversation"])
    #expect(done["informingDue"] == false && done["studentInformedOn"] == "2026-11-27")
    #expect(try s.ok("sharing.uninformed", [:])["count"] == 0)
    #expect(s.error("sharing.informed", ["id": "S-2026-0404", "whom": "student", "on": "2026-11-27", "how": "x"])?.code == .notFound)
  }

  @Test func anAdultsParentsAloneAreRefused() throws {
    let e = s.error("sharing.record", Self.absence("7001", born: "2008-01-01", informed: [["whom": "legalRepresentatives", "on": "2026-11-16", "how": "letter"]]))
    #expect(e?.code == .invalidParams && e?.data?["field"] == "informed")
    _ = try s.ok("sharing.record", Self.absence("7001", born: "2008-01-01"))
    let later = s.error("sharing.informed", ["id": "S-2026-0001", "whom": "legalRepresentatives", "on": "2026-11-20", "how": "letter"])
    #expect(later?.data?["field"] == "whom")
  }

  @Test func parentsOfA17YearOldToldIsNotEnough() throws {
    let r = try s.ok("sharing.record", Self.absence("5121", born: "2009-04-02", informed: [["whom": "legalRepresentatives", "on": "2026-11-16", "how": "letter"]]))
    #expect(r["parentsInformed"] == true && r["informingDue"] == true)
    #expect(r["warnings"]?.arrayValue?.first?["text"]?.stringValue?.hasPrefix("Nog niet iedereen die het moet weten is geïnformeerd") == true)
    let sixteenTomorrow = try s.ok("sharing.record", Self.absence("5122", born: "2010-11-17", informed: [["whom": "legalRepresentatives", "on": "2026-11-16", "how": "letter"]]))
    #expect(sixteenTomorrow["informingDue"] == false && sixteenTomorrow["warnings"] == nil)
  }
}
