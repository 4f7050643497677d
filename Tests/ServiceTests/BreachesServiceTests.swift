import Foundation
import JSON
import JSONRPC
import Service
import Testing

/// The breach methods in-process: the CSV export in both languages field by field, the due
/// list's hours, and the errors a caller sees (-32602 with the field, 1002 with status and allowed).
@Suite struct BreachesServiceTests {
  /// The pinned service, called as the privacy officer's user "fg".
  let s: InProcess

  init() throws { s = try InProcess(user: "fg") }

  /// The Friday USB stick, assessed high, reported late with a reason, people told.
  func friday() throws {
    _ = try s.ok("breaches.register", [
      "kind": "dataBreach", "summary": "USB stick lost, \"class 3B\" list", "awareAt": "2026-11-27T16:30:00+01:00",
      "school": "Brederocollege",
    ])
    _ = try s.ok("breaches.assess", [
      "id": "D-2026-0001", "risk": "high", "riskRationale": "grades of minors", "assessedBy": ["name": "A. de Vries", "role": "FG"],
      "assessedAt": "2026-11-28T09:00:00+01:00", "ciaTypes": ["confidentiality"], "dataCategories": ["name", "grades"],
      "subjectsAffected": ["min": 28, "max": 30], "recordsAffected": ["min": 28, "max": 31], "includesMinors": true,
      "preBreachMeasures": "=none",
    ])
    _ = try s.ok("breaches.reportToAuthority", [
      "id": "D-2026-0001", "reportedAt": "2026-12-01T09:00:00+01:00", "reference": "M-1", "lateReason": "weekend, FG ill",
    ])
    _ = try s.ok("breaches.notifySubjects", [
      "id": "D-2026-0001", "notifiedAt": "2026-12-01T10:00:00+01:00", "channel": "letter",
      "content": ["contactPoint": "FG", "consequences": "grades seen by others", "measures": "stick blocked"],
      "studentBirthDates": ["2011-06-01", "2009-06-01"], "audience": ["others": 2],
    ])
  }

  /// English header, Dutch header, the English (wire) value and, when it differs, the Dutch value
  /// (issue 16 §2: Dutch labels, ja/nee, dd-mm-jjjj uu:mm in Amsterdam time).
  static let expectedCells: [(en: String, nl: String, value: String, valueNL: String?)] = [
    ("Id", "Kenmerk", "D-2026-0001", nil),
    ("Kind", "Soort", "dataBreach", "datalek"),
    ("Status", "Status", "reported", "gemeld"),
    ("AP reference", "Meldnummer AP", "M-1", nil),
    ("School", "School", "Brederocollege", nil),
    ("Registered by", "Geregistreerd door", "fg", nil),
    ("Aware at", "Datum en tijd kennisname", "2026-11-27T16:30:00+01:00", "27-11-2026 16:30"),
    ("Report to AP by (72 h)", "Melden bij AP uiterlijk (72 uur)", "2026-11-30T16:30:00+01:00", "30-11-2026 16:30"),
    ("Reported to AP at", "Gemeld bij AP op", "2026-12-01T09:00:00+01:00", "01-12-2026 09:00"),
    ("Reason for late report", "Reden late melding", "weekend, FG ill", nil),
    ("Summary", "Samenvatting", "USB stick lost, \"class 3B\" list", nil),
    ("Nature (CIA)", "Aard (BIV)", "confidentiality", "vertrouwelijkheid"),
    ("Personal data", "Soort persoonsgegevens", "name; grades", nil),
    ("Records (max)", "Aantal records (max)", "31", nil),
    ("People (min)", "Aantal betrokkenen (min)", "28", nil),
    ("Includes minors", "Minderjarigen betrokken", "yes", "ja"),
    ("Measures before the breach", "Maatregelen vóór het lek", "'=none", nil),
    ("Risk", "Risico", "high", "hoog risico"),
    ("AP report required", "Melding AP verplicht", "yes", "ja"),
    ("People must be told", "Betrokkenen informeren verplicht", "yes", "ja"),
    ("People told at", "Betrokkenen geïnformeerd op", "2026-12-01T10:00:00+01:00", "01-12-2026 10:00"),
    ("Audience", "Ontvangers", "legalRepresentatives=1 students=1 parentsInformed=1 others=2", nil),
    ("Notice: contact point", "Mededeling: contactpunt", "FG", nil),
    ("Notice: likely consequences", "Mededeling: gevolgen", "grades seen by others", nil),
    ("Notice: measures", "Mededeling: maatregelen", "stick blocked", nil),
    ("Closed at", "Afgesloten op", "", nil),
  ]

  @Test(arguments: ["en", "nl"]) func csvExportFieldByField(_ language: String) throws {
    try friday()
    let out = try s.ok("breaches.export", ["format": "csv", "language": .string(language)])
    #expect(out["count"] == 1)
    #expect(out["contentType"] == "text/csv; charset=utf-8")
    let text = try #require(out["csv"]?.stringValue)
    #expect(text.hasSuffix("\r\n"))
    // nl: what Dutch Excel opens by double-click (BOM, `;`); en: RFC 4180 with commas, no BOM.
    #expect(text.hasPrefix("\u{FEFF}") == (language == "nl"))
    let rows = CSVReader.rows(language == "nl" ? String(text.dropFirst()) : text, separator: language == "nl" ? ";" : ",")
    try #require(rows.count == 2)
    #expect(rows[0].count == rows[1].count)
    #expect(rows[0].first == (language == "nl" ? "Kenmerk" : "Id"))
    for c in Self.expectedCells {
      let header = language == "nl" ? c.nl : c.en
      let i = try #require(rows[0].firstIndex(of: header), "no column \(header)")
      #expect(rows[1][i] == (language == "nl" ? c.valueNL ?? c.value : c.value), "\(header)")
    }
  }

  @Test func exportFiltersAndJSON() throws {
    try friday()
    _ = try s.ok("breaches.register", ["kind": "nearMiss", "summary": "phishing", "awareAt": "2026-10-01T09:00:00+02:00"])
    #expect(try s.ok("breaches.export", ["format": "json", "kind": "nearMiss"])["count"] == 1)
    #expect(try s.ok("breaches.export", ["format": "csv", "from": "2026-11-01"])["count"] == 1)
    #expect(try s.ok("breaches.list", ["school": "Brederocollege"])["total"] == 1)
    #expect(try s.ok("breaches.list", ["overdue": false])["total"] == 2)
  }

  @Test func dueListsHours() throws {
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "stick", "awareAt": "2026-11-27T16:30:00+01:00"])
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "mail", "awareAt": "2026-11-25T10:15:00+01:00"])
    _ = try s.ok("breaches.register", ["kind": "securityIncident", "summary": "door", "awareAt": "2026-11-28T10:00:00+01:00"])
    let due = try s.ok("breaches.due", [:])
    #expect(due["at"] == "2026-11-29T10:00:00+01:00")
    let items = due["items"]?.arrayValue ?? []
    #expect(items.map { $0["id"] } == ["D-2026-0002", "D-2026-0001"])
    #expect(items.first?["hoursOverdue"] == 23.75)
    #expect(items.last?["hoursLeft"] == 30.5)
    let monday = try s.ok("breaches.due", ["on": "2026-11-30"])["items"]?.arrayValue
    #expect(monday?.last?["hoursLeft"] == 16.5)
    #expect(try s.ok("breaches.list", ["overdue": true])["total"] == 1)
  }

  static let badCalls: [(method: String, params: JSONObject, code: Int, field: String?)] = [
    ("breaches.register", ["kind": "dataBreach", "summary": "x", "awareAt": "2026-03-29T02:30:00"], -32602, "awareAt"),
    ("breaches.register", ["kind": "leak", "summary": "x", "awareAt": "2026-11-27T16:30:00+01:00"], -32602, "kind"),
    ("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-12-01T09:00:00+01:00", "reference": "M"], -32602, "lateReason"),
    ("breaches.reportToAuthority", ["id": "D-2026-0001", "reportedAt": "2026-11-26T09:00:00+01:00", "reference": "M"], -32602, "reportedAt"),
    ("breaches.assess", [
      "id": "D-2026-0001", "risk": "risk", "riskRationale": "r", "assessedBy": ["name": "n", "role": "r"],
      "assessedAt": "2026-11-28T09:00:00+01:00", "subjectsAffected": ["min": 5, "max": 4],
    ], -32602, "subjectsAffected.max"),
    ("breaches.get", ["id": "D-2026-0099"], 1001, nil),
    ("breaches.close", ["id": "D-2026-0001", "closedAt": "2026-11-29T09:00:00+01:00"], 1002, nil),
    ("breaches.followUp", ["id": "D-2026-0001", "at": "2026-11-29T09:00:00+01:00", "type": "amend", "reference": "M", "note": "n"], 1002, nil),
  ]

  @Test(arguments: badCalls) func errorsNameTheField(_ c: (method: String, params: JSONObject, code: Int, field: String?)) throws {
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "stick", "awareAt": "2026-11-27T16:30:00+01:00"])
    guard case .failure(let e) = s.call(c.method, c.params) else { Issue.record("\(c.method) succeeded"); return }
    #expect(e.code.rawValue == c.code, "\(e)")
    if let field = c.field { #expect(e.data?["field"] == .string(field), "\(e)") }
    if c.code == 1002 {
      #expect(e.data?["status"] == "registered")
      #expect(e.data?["allowed"]?.arrayValue?.contains("reportToAuthority") == true)
    }
  }
}

/// An RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF).
enum CSVReader {
  static func rows(_ text: String, separator: Character = ",") -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" { quoted = true }
      else if c == separator { row.append(field); field = "" }
      else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
      else { field.append(c) }
    }
    return rows
  }
}
