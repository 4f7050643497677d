import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The requests methods in process through `AvgdService`: export, pagination, errors.
@Suite struct RequestsServiceTests {
  /// A decided and answered request, plus one other.
  static func populated() throws -> InProcess {
    let s = try InProcess()
    _ = try s.ok("requests.open", [
      "type": "access", "student": ["id": "S-1", "birthDate": "2014-05-12"],
      "requester": ["relationship": "parent", "name": "=HYPERLINK(\"x\")"], "receivedAt": "2026-11-26T16:45:00+01:00",
      "school": "Het Baken, Utrecht",
    ])
    _ = try s.ok("requests.extend", ["id": "R-2026-0001", "reason": "complex", "noticeSentAt": "2026-11-27T10:00:00+01:00"])
    _ = try s.ok("requests.decide", [
      "id": "R-2026-0001", "decision": "refused", "grounds": ["AVG12_5_EXCESSIVE", "AVG15_4"],
      "decidedBy": ["name": "M. Bakker", "role": "delegate", "mandate": "Mandaat 2025-07"], "balancing": "b",
      "writtenRecord": "letter 7", "decidedAt": "2026-11-28T09:00:00+01:00",
      "manifestReason": "the fourth identical request this month",
      "remedies": ["apComplaint": true, "judicialRemedy": true, "board": "private"],
    ])
    _ = try s.ok("requests.respond", ["id": "R-2026-0001", "respondedAt": "2026-11-28T11:00:00+01:00", "channel": "letter"])
    try s.open(student: "S-2")
    return s
  }

  static func rows(_ csv: String, separator: Character = ",") -> [[String]] {
    (csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv).components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { line in
      var cells: [String] = [], cell = "", quoted = false
      var chars = Array(line)[...]
      while let c = chars.popFirst() {
        if quoted {
          if c == "\"" { if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false } } else { cell.append(c) }
        } else if c == "\"" { quoted = true } else if c == separator { cells.append(cell); cell = "" } else { cell.append(c) }
      }
      return cells + [cell]
    }
  }

  @Test(arguments: [
    ("en", ["Id", "Received", "Due", "Extended due", "Decision", "Grounds", "Decided by", "Responded"]),
    ("nl", ["Kenmerk", "Ontvangen", "Uiterste datum", "Verlengde uiterste datum", "Besluit", "Gronden", "Besloten door", "Beantwoord"]),
  ])
  func exportFieldByField(language: String, headers: [String]) throws {
    let s = try Self.populated()
    let out = try s.ok("requests.export", ["format": "csv", "language": .string(language), "studentId": "S-1"])
    #expect(out["count"] == 1)
    let table = Self.rows(out["csv"]?.stringValue ?? "", separator: language == "nl" ? ";" : ",")
    try #require(table.count == 2)
    let row = Dictionary(uniqueKeysWithValues: zip(table[0], table[1]))
    // nl: Dutch values and dd-mm-jjjj (uu:mm Amsterdam time) for Dutch Excel (issue 16 §2).
    let want = language == "nl" ? [
      "R-2026-0001", "26-11-2026 16:45", "28-12-2026", "26-02-2027", "afgewezen",
      "buitensporig (AVG art. 12 lid 5); rechten van anderen (AVG art. 15 lid 4)",
      "M. Bakker (delegate, Mandaat 2025-07)", "28-11-2026 11:00",
    ] : [
      "R-2026-0001", "2026-11-26T16:45:00+01:00", "2026-12-28", "2027-02-26", "refused", "AVG12_5_EXCESSIVE; AVG15_4",
      "M. Bakker (delegate, Mandaat 2025-07)", "2026-11-28T11:00:00+01:00",
    ]
    for (h, v) in zip(headers, want) { #expect(row[h] == v, "\(h)") }
    let school = language == "en" ? "School" : "School"
    #expect(row[school] == "Het Baken, Utrecht")
    #expect(table[0].count == 19 && table[1].count == 19)
    #expect(out["csv"]?.stringValue?.contains("\"Het Baken, Utrecht\"") == true)
  }

  @Test func exportFiltersAndJSON() throws {
    let s = try Self.populated()
    #expect(try s.ok("requests.export", ["format": "json"])["count"] == 2)
    let json = try s.ok("requests.export", ["format": "json", "status": "responded"])
    #expect(json["records"]?.arrayValue?.first?["id"] == "R-2026-0001")
    #expect(try s.ok("requests.list", ["dueBefore": "2026-12-20"])["total"] == 0)
    #expect(try s.ok("requests.list", ["dueBefore": "2026-12-29"])["total"] == 1)
    #expect(try s.ok("requests.list", ["overdue": true])["total"] == 0)
    #expect(try s.ok("requests.list", ["school": "Het Baken, Utrecht"])["total"] == 1)
    #expect(try s.ok("requests.list", ["type": "access", "status": "open"])["total"] == 1)
  }

  @Test func filtersFollowTheRecordsAsTheyChange() throws {
    // On 2026-11-29: received 2026-10-20 → due 2026-11-20 (overdue); received 2026-11-20 → due 2026-12-21.
    let s = try InProcess()
    let old = try s.open(student: "S-1", on: "2026-10-20", school: "De Linde")
    let new = try s.open(student: "S-1", on: "2026-11-20")
    try s.open(student: "S-2", on: "2026-10-21", school: "De Linde")
    func ids(_ params: JSONObject) throws -> [String] {
      let page = try s.ok("requests.list", params)
      let items = page["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
      #expect(page["total"] == .int(items.count))
      return items
    }
    #expect(try ids(["overdue": true]) == [old, "R-2026-0003"])
    #expect(try ids(["overdue": false]) == [new])
    #expect(try ids(["overdue": true, "studentId": "S-1"]) == [old])
    #expect(try ids(["school": "De Linde", "studentId": "S-2"]) == ["R-2026-0003"])
    #expect(try ids(["studentId": "S-9"]) == [])
    // Answering the overdue request moves it out of `overdue` and `open`, into `responded`.
    _ = try s.ok("requests.decide", [
      "id": .string(old), "decision": "granted", "decidedBy": ["name": "A. Rector", "role": "director"],
      "decidedAt": "2026-11-28T09:00:00+01:00",
    ])
    _ = try s.ok("requests.respond", ["id": .string(old), "respondedAt": "2026-11-28T11:00:00+01:00", "channel": "letter"])
    #expect(try ids(["overdue": true]) == ["R-2026-0003"])
    #expect(try ids(["overdue": false]) == [old, new])
    #expect(try ids(["status": "responded"]) == [old])
    #expect(try ids(["status": "open", "studentId": "S-1"]) == [new])
    // `dueBefore` reads the due date whatever the status.
    #expect(try ids(["dueBefore": "2026-11-21"]) == [old])
    #expect(try s.ok("requests.export", ["format": "json", "overdue": true])["count"] == 1)
  }

  @Test func filteredPagesStayStableWhenRequestsArriveBetweenPages() throws {
    let s = try InProcess()
    for k in 1...6 { try s.open(student: k % 2 == 0 ? "S-even" : "S-odd") }
    let first = try s.ok("requests.list", ["studentId": "S-even", "limit": 2])
    #expect(first["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["R-2026-0002", "R-2026-0004"])
    #expect(first["total"] == 3)
    // Two more for S-even and one for S-odd arrive between the pages.
    for student in ["S-even", "S-odd", "S-even"] { try s.open(student: student) }
    var seen = ["R-2026-0002", "R-2026-0004"]
    var next = first["nextCursor"]?.stringValue
    while let c = next {
      let page = try s.ok("requests.list", ["studentId": "S-even", "limit": 2, "cursor": .string(c)])
      seen += page["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
      #expect(page["total"] == 5)
      next = page["nextCursor"]?.stringValue
    }
    #expect(seen == ["R-2026-0002", "R-2026-0004", "R-2026-0006", "R-2026-0007", "R-2026-0009"])
  }

  @Test func paginationStaysStableWhenRequestsArriveBetweenPages() throws {
    let s = try InProcess()
    for k in 1...5 { try s.open(student: "S-\(k)") }
    let first = try s.ok("requests.list", ["limit": 2])
    #expect(first["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["R-2026-0001", "R-2026-0002"])
    let cursor = try #require(first["nextCursor"]?.stringValue)
    for k in 6...7 { try s.open(student: "S-\(k)") }  // arrive between the pages
    var seen = ["R-2026-0001", "R-2026-0002"]
    var next: String? = cursor
    while let c = next {
      let page = try s.ok("requests.list", ["limit": 2, "cursor": .string(c)])
      seen += page["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
      next = page["nextCursor"]?.stringValue
      #expect(page["total"] == 7)
    }
    #expect(seen == (1...7).map { "R-2026-000\($0)" })
  }

  /// method, params → data.field of the -32602.
  static let malformed: [(String, JSONObject, String)] = [
    ("requests.open", ["type": "access", "student": ["id": "S", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"]], "receivedAt"),
    ("requests.open", ["type": "access", "student": ["id": "S", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"], "receivedAt": "2026-11-20T10:00:00+01:00", "receivedOn": "2026-11-20"], "receivedOn"),
    ("requests.open", ["type": "visit", "student": ["id": "S", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"], "receivedOn": "2026-11-20"], "type"),
    ("requests.open", ["type": "access", "student": ["id": "S", "birthDate": "2014-02-30"], "requester": ["relationship": "parent"], "receivedOn": "2026-11-20"], "student.birthDate"),
    ("requests.open", ["type": "access", "student": ["id": "S", "birthDate": "2014-05-12"], "requester": ["relationship": "aunt"], "receivedOn": "2026-11-20"], "requester.relationship"),
    ("requests.open", ["type": "access", "student": ["id": "S", "birthDate": "2014-05-12"], "requester": ["relationship": "parent"], "receivedAt": "2026-03-29T02:30:00"], "receivedAt"),
    ("requests.verifyIdentity", ["id": "R-2026-0001", "method": "passport NX1234567", "verifiedAt": "2026-11-21T10:00:00+01:00"], "method"),
    ("requests.decide", ["id": "R-2026-0001", "decision": "refused", "decidedBy": ["name": "X", "role": "teacher"], "decidedAt": "2026-11-21T10:00:00+01:00"], "decidedBy.role"),
    ("requests.decide", ["id": "R-2026-0001", "decision": "refused", "decidedBy": ["name": "X", "role": "delegate"], "decidedAt": "2026-11-21T10:00:00+01:00", "grounds": ["AVG15_4"]], "decidedBy.mandate"),
    ("requests.decide", ["id": "R-2026-0001", "decision": "refused", "decidedBy": ["name": "X", "role": "director"], "decidedAt": "2026-11-21T10:00:00+01:00"], "grounds"),
    ("requests.decide", ["id": "R-2026-0001", "decision": "refused", "grounds": ["AVG15_4"], "decidedBy": ["name": "X", "role": "director"], "decidedAt": "2026-11-21T10:00:00+01:00", "writtenRecord": "w"], "balancing"),
    ("requests.decide", ["id": "R-2026-0001", "decision": "granted", "items": [["description": "n", "disclosed": false, "privateWorkingNote": ["singleAuthor": true, "ownUseOnly": true, "neverShared": false]]], "decidedBy": ["name": "X", "role": "director"], "decidedAt": "2026-11-21T10:00:00+01:00"], "items[0].privateWorkingNote.neverShared"),
    ("requests.extend", ["id": "R-2026-0001", "reason": " ", "noticeSentAt": "2026-11-21T10:00:00+01:00"], "reason"),
    ("requests.due", ["within": -1], "within"),
    ("requests.list", ["dueBefore": "tomorrow"], "dueBefore"),
  ]

  @Test(arguments: malformed)
  func malformedCallsNameTheField(method: String, params: JSONObject, field: String) throws {
    let s = try InProcess()
    try s.open(student: "S-1")
    let e = try #require(s.error(method, params))
    #expect(e.code == .invalidParams)
    #expect(e.data?["field"] == .string(field), "\(e)")
    #expect(e.data?["reason"]?.stringValue?.isEmpty == false)
  }

  @Test func domainErrorsCarryTheirData() throws {
    let s = try InProcess()
    try s.open(student: "S-1", birthDate: "2010-11-27")
    let missing = try #require(s.error("requests.get", ["id": "R-2026-0099"]))
    #expect(missing.code == .notFound && missing.data?["id"] == "R-2026-0099")
    let late = try #require(s.error("requests.respond", ["id": "R-2026-0001", "respondedAt": "2026-11-28T10:00:00+01:00", "channel": "email"]))
    #expect(late.code == .invalidTransition && late.data?["status"] == "open")
    #expect(late.data?["allowed"] == ["adopt", "correct", "decide", "extend", "route", "verifyIdentity", "withdraw"])
    let decide: JSONObject = ["id": "R-2026-0001", "decision": "granted", "decidedBy": ["name": "A", "role": "director"], "decidedAt": "2026-11-28T10:00:00+01:00"]
    let holder = try #require(s.error("requests.decide", decide))
    #expect(holder.code == .notEntitled && holder.data?["status"] == "holderChanged" && holder.data?["field"] == "decidedAt")
    #expect(holder.data?["holders"] == ["student"])
    #expect(try s.ok("requests.get", ["id": "R-2026-0001"])["status"] == "holderChanged")
    let events = try s.ok("requests.history", ["id": "R-2026-0001"])["events"]?.arrayValue?.compactMap { $0["event"]?.stringValue }
    #expect(events == ["requests.opened", "requests.holderChanged"])
    let tooLate = try #require(s.error("requests.extend", ["id": "R-2026-0001", "reason": "r", "noticeSentAt": "2026-11-28T10:00:00+01:00"]))
    #expect(tooLate.code == .invalidTransition)
  }
}
