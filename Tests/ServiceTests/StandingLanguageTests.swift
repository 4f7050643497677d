import Foundation
import JSON
import JSONRPC
import Registers
import Rules
import Testing
import Wording

@testable import Service

/// A request's standing checks (`entitlementAtReceipt`, `…AtDecision`) are kept with their texts
/// in both languages and read back into the typed answer, so a reading call sees the reason and
/// legal basis in its own language whatever language the writing call spoke (issue 16 §1). The
/// journal is append-only: a record stored before, with its texts in one language, still reads.
@Suite struct StandingLanguageTests {
  /// The reason and basis sentence a reader sees, per reading language, of a request opened in
  /// the other language; field names, holders and the article's law are the same in both.
  @Test(arguments: [(Language.nl, Language.en), (.en, .nl)])
  func aStandingCheckReadsInTheReadersLanguage(written: Language, read: Language) throws {
    let s = try InProcess()
    let opened = try s.ok(
      "requests.open",
      [
        "type": "access", "student": ["id": "S-1", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"],
        "receivedOn": "2026-11-20", "language": .string(written.rawValue),
      ])
    let id = try #require(opened["id"]?.stringValue)
    let expected = try RightHolder.standing(
      birthDate: CivilDate.parse("2014-05-12"), on: CivilDate.parse("2026-11-20"), right: .access, requester: .parent
    ).entitlement
    #expect(opened["entitlementAtReceipt"]?["reason"]?.stringValue == expected.reasonText(written))
    for answer in [
      try s.ok("requests.get", ["id": .string(id), "language": .string(read.rawValue)]),
      try #require(s.ok("requests.list", ["language": .string(read.rawValue)])["items"]?.arrayValue?.first),
      try #require(s.ok("requests.export", ["format": "json", "language": .string(read.rawValue)])["records"]?.arrayValue?.first),
    ] {
      let check = try #require(answer["entitlementAtReceipt"]?.objectValue)
      #expect(check["reason"]?.stringValue == expected.reasonText(read))
      #expect(check["basis"]?["sentence"]?.stringValue == expected.basis.sentenceText(read))
      #expect(check["basis"]?["article"]?.stringValue == expected.basis.articleText(read))
      #expect(check["holders"] == ["parents"] && check["entitled"] == true)
      #expect(check[Entitlement.wordingMember] == nil, "kept for reading back, not shown")
    }
  }

  /// Every member holding a check is read in the reader's language, `holderChange`'s too (the
  /// record after a lapse of standing, and that history change).
  @Test func everyStandingMemberIsPresented() throws {
    let e = try RightHolder.standing(
      birthDate: CivilDate.parse("2010-03-15"), on: CivilDate.parse("2026-11-29"), right: .access, requester: .parent
    ).entitlement
    let stored = Language.nl.bound { e.json(on: CivilDate(year: 2026, month: 11, day: 29)!) }
    let record: JSONObject = [
      "id": "R-2026-0001", "entitlementAtReceipt": stored, "entitlementAtAdoption": stored, "entitlementAtDecision": stored,
      "holderChange": ["detectedAt": "2026-11-29T10:00:00+01:00", "entitlementAtDecision": stored],
      "recomputed": [["field": "entitlementAtReceipt", "old": stored, "new": stored], ["field": "dueOn", "old": "x", "new": "y"]],
    ]
    let shown = RequestRecord.presented(record, in: .en)
    let recomputed = shown["recomputed"]?.arrayValue ?? []
    #expect(recomputed.count == 2 && recomputed.last == ["field": "dueOn", "old": "x", "new": "y"])
    for check in [
      shown["entitlementAtReceipt"], shown["entitlementAtAdoption"], shown["entitlementAtDecision"], shown["holderChange"]?["entitlementAtDecision"],
      recomputed.first?["old"], recomputed.first?["new"],
    ] {
      #expect(check?["reason"]?.stringValue == e.reasonText(.en))
      #expect(check?[Entitlement.wordingMember] == nil)
    }
    #expect(shown["holderChange"]?["detectedAt"] == "2026-11-29T10:00:00+01:00")
  }

  /// The stored form reads back into the same typed answer (holders as cases, texts in both
  /// languages), for every requester and right of a table of students.
  @Test(arguments: ["2014-05-12", "2010-03-15", "2007-01-02"])
  func theStoredFormReadsBackIntoTheTypedAnswer(born: String) throws {
    for requester in Requester.allCases {
      for right in Right.allCases {
        let e = try RightHolder.standing(
          birthDate: CivilDate.parse(born), on: CivilDate.parse("2026-11-29"), right: right, requester: requester
        ).entitlement
        let stored = Language.en.bound { e.json(on: CivilDate(year: 2026, month: 11, day: 29)!) }
        #expect(Entitlement(stored: stored) == e, "\(requester) \(right)")
      }
    }
  }

  /// A record stored before the texts were kept in both languages (the old shape: one language,
  /// no `wording`) reads as it was stored, in any reading language, through the real read path.
  @Test func aRecordStoredInTheOldShapeStillReads() throws {
    let oldCheck: JSONValue = [
      "on": "2026-11-20", "entitled": true, "holders": ["parents"],
      "reason": "De ouder met gezag oefent dit recht uit voor een leerling van 12.",
      "basis": ["law": "AVG / UAVG / BW", "article": "AVG art. 15; UAVG art. 5(1)", "sentence": "Onder 16 oefenen de ouders het recht uit."],
    ]
    let record: JSONObject = [
      "id": "R-2026-0001", "type": "access", "status": "received", "student": ["id": "S-1", "birthDate": "2014-05-12"],
      "requester": ["relationship": "parent"], "receivedOn": "2026-11-20", "dueOn": "2026-12-21", "entitled": true,
      "entitlementAtReceipt": oldCheck,
    ]
    let event = RegisterEvent(
      seq: 1, at: "2026-11-20T09:00:00+01:00", actor: "fg", type: "requests.opened",
      data: ["id": "R-2026-0001", "record": .object(record), "change": [:]])
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    let service = try AvgdService(configuration: c, journal: MemoryJournal(recovered: [event]), recordExamples: false)
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: "fg")
    for language in Language.allCases {
      let got = try service.server.call("requests.get", params: ["id": "R-2026-0001", "language": .string(language.rawValue)], peer: peer).get()
      #expect(got["entitlementAtReceipt"] == oldCheck, "\(language): as stored")
    }
    #expect(Entitlement(stored: oldCheck) == nil, "no texts in both languages to read back")
    #expect(Entitlement.presented(oldCheck, in: .en) == oldCheck)
  }
}
