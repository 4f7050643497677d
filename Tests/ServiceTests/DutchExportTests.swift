import Foundation
import JSON
import JSONRPC
import Testing
import Wording

@testable import Service

/// Issue 16 §2: the CSV a Dutch office opens by double-click. Every case of every enum an export
/// shows has its Dutch label; the column mapping names columns the exports really have; a Dutch
/// CSV has the BOM, `;`, CRLF, Dutch values, `dd-mm-jjjj` dates and Amsterdam `uu:mm` moments,
/// and still neutralises formulas; English keeps the comma format.
@Suite struct DutchExportTests {
  @Test func everyCaseOfEveryExportedEnumHasItsLabelInBothLanguages() {
    #expect(ExportLabels.enums.count >= 30)
    for (name, e) in ExportLabels.enums {
      #expect(!e.cases.isEmpty, "\(name)")
      for c in e.cases {
        let label = e.labels[c]
        #expect(!(label?.nl.isEmpty ?? true), "\(name).\(c) has no Dutch label")
        #expect(label?.nl != "yes" && label?.nl != "no", "\(name).\(c)")
        // English exports keep the wire value: what the import takes back.
        #expect(label?.en == c, "\(name).\(c): the English export must show the wire value")
      }
      // Two cases with one label could not be told apart in the export.
      #expect(Set(e.labels.values.map(\.nl)).count == e.cases.count, "\(name): two cases share a label")
    }
  }

  /// Every register's export columns, as the registers declare them.
  static let exportColumns: [String: [RegisterReads.Column]] = [
    "requests": RequestsReads.columns, "breaches": BreachExportColumns.all, "processors": ProcessorExportColumns.all,
    "processing": ProcessingExportColumns.all, "sharing": SharingExportColumns.all,
    "sharingAssessments": SharingAssessmentsReads.columns, "consents": ConsentExportColumns.all,
    "imageConsents": PublicationExportColumns.consents, "publications": PublicationExportColumns.publications,
    "staff": StaffReads.columns, "complaints": ComplaintExportColumns.all, "information": InformationReads.columns,
  ]

  @Test func everyMappedColumnIsAnExportColumnWithAKnownEnum() throws {
    #expect(Set(ExportLabels.columns.keys).isSubset(of: Set(Self.exportColumns.keys)))
    for (register, columns) in ExportLabels.columns {
      let keys = Set((Self.exportColumns[register] ?? []).compactMap(\.key))
      for (key, enumName) in columns {
        #expect(keys.contains(key), "\(register) has no export column reading \(key)")
        #expect(ExportLabels.enums[enumName] != nil, "\(enumName) has no labels")
      }
    }
  }

  @Test func everyExportHeaderExistsInBothLanguagesOncePerRegister() {
    for (register, columns) in Self.exportColumns {
      for language in Language.allCases {
        let headers = columns.map { $0.label(language) }
        #expect(headers.allSatisfy { !$0.isEmpty }, "\(register) \(language)")
        #expect(Set(headers).count == headers.count, "\(register) \(language): two columns share a header")
      }
    }
  }

  @Test(arguments: [
    ("Kind", "dataBreach", "datalek", "dataBreach"), ("Status", "closed", "afgerond", "closed"),
    ("Nature (CIA)", "confidentiality; availability", "vertrouwelijkheid; beschikbaarheid", "confidentiality; availability"),
    ("Kind", "", "", ""), ("Kind", "free text", "free text", "free text"), ("Summary", "dataBreach", "dataBreach", "dataBreach"),
  ])
  func cellsGetTheirLabelInTheCallsLanguage(_ header: String, _ wire: String, _ dutch: String, _ english: String) throws {
    let column = try #require(BreachExportColumns.all.first { $0.label.en == header })
    for (language, expected) in [(Language.nl, dutch), (.en, english)] {
      let rows = language.bound { ExportLabels.rows([[wire]], register: "breaches", keys: [column.key]) }
      #expect(rows == [[expected]], "\(language)")
    }
  }

  @Test(arguments: [(Language.nl, "ja", "nee"), (.en, "yes", "no")])
  func booleansReadInTheCallsLanguage(_ language: Language, _ yes: String, _ no: String) {
    let cells = language.bound { [RegisterReads.Column.text(true), RegisterReads.Column.text(false)] }
    #expect(cells == [yes, no])
  }

  @Test func dutchDocumentIsWhatDutchExcelOpens() {
    let text = CSV.dutchDocument(
      header: ["Kenmerk", "Ontvangen", "Gemeld", "Notitie"],
      rows: [["R-2026-0001", "2026-03-05", "2026-03-29T01:30:00Z", "=1+1; \"a\""]])
    #expect(text.hasPrefix("\u{FEFF}Kenmerk;Ontvangen;Gemeld;Notitie\r\n"))
    // Summer time from 29 March: 01:30 UTC is 03:30 in Amsterdam; formulas keep their `'`.
    #expect(text.hasSuffix("R-2026-0001;05-03-2026;29-03-2026 03:30;\"'=1+1; \"\"a\"\"\"\r\n"))
  }

  @Test func requestsExportInDutchAndInEnglish() throws {
    let s = try InProcess()
    try s.open(student: "S-1", on: "2026-11-20")
    let nl = try #require(try s.ok("requests.export", ["format": "csv", "language": "nl"])["csv"]?.stringValue)
    // Dutch is the default: the call without `language` gives the same file.
    #expect(try s.ok("requests.export", ["format": "csv"])["csv"]?.stringValue == nl)
    #expect(nl.hasPrefix("\u{FEFF}Kenmerk;Soort verzoek;Status;"))
    let row = CSVReader.rows(String(nl.dropFirst()), separator: ";")[1]
    #expect(row.contains("inzage") && row.contains("open") && row.contains("ouder met gezag"))
    #expect(row.contains("20-11-2026") && row.contains("ja"))
    #expect(!row.contains("access") && !row.contains("2026-11-20"))
    let en = try #require(try s.ok("requests.export", ["format": "csv", "language": "en"])["csv"]?.stringValue)
    #expect(en.hasPrefix("Id,Type,Status,"))
    #expect(CSVReader.rows(en)[1].contains("access"))
  }

  /// One answer of each export format in both languages (issue 16 §1): the texts differ, the
  /// field names, counts and record ids do not.
  @Test(arguments: [
    ("csv", "\u{FEFF}Kenmerk;Soort;Status;", "Id,Kind,Status,", ";datalek;geregistreerd;", ",dataBreach,registered,"),
    ("table", "Kenmerk|Soort|Status", "Id|Kind|Status", "datalek|geregistreerd", "dataBreach|registered"),
  ])
  func breachExportInBothLanguages(_ format: String, _ headNL: String, _ headEN: String, _ valueNL: String, _ valueEN: String) throws {
    let s = try InProcess(user: "fg")
    _ = try s.ok("breaches.register", ["kind": "dataBreach", "summary": "USB stick lost", "awareAt": "2026-11-27T16:30:00+01:00"])
    var answers: [String: JSONValue] = [:]
    for language in ["nl", "en"] {
      answers[language] = try s.ok("breaches.export", ["format": .string(format), "language": .string(language)])
    }
    let nl = try #require(answers["nl"]), en = try #require(answers["en"])
    #expect(nl.objectValue?.keys.sorted() == en.objectValue?.keys.sorted())
    #expect(nl["count"] == 1 && en["count"] == 1 && nl["format"] == en["format"])
    func text(_ a: JSONValue) -> String {
      if let csv = a["csv"]?.stringValue { return csv }
      let lines = [a["header"]] + (a["rows"]?.arrayValue ?? []).map { Optional($0) }
      return lines.map { ($0?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: "|") }.joined(separator: "\n")
    }
    #expect(text(nl).hasPrefix(headNL) && text(nl).contains(valueNL) && text(nl).contains("D-2026-0001"))
    #expect(text(en).hasPrefix(headEN) && text(en).contains(valueEN) && text(en).contains("D-2026-0001"))
    if format == "table" { #expect(nl["sheet"] != en["sheet"]) }
  }

  /// The daemon's `--language` is the export's language when the call names none; the call's own
  /// `language` overrides it.
  @Test func theExportFollowsTheDaemonsLanguageUnlessTheCallNamesOne() throws {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    c.language = .en
    let service = try AvgdService(configuration: c)
    let peer = Peer(kind: .inProcess, uid: getuid(), gid: getgid(), pid: nil, userName: "fg")
    _ = try service.server.call(
      "breaches.register", params: ["kind": "dataBreach", "summary": "USB stick lost", "awareAt": "2026-11-27T16:30:00+01:00"], peer: peer
    ).get()
    func csv(_ p: JSONObject) throws -> String { try service.server.call("breaches.export", params: p, peer: peer).get()["csv"]?.stringValue ?? "" }
    let en = try csv(["format": "csv"])
    #expect(en.hasPrefix("Id,Kind,Status,") && en.contains(",dataBreach,registered,"))
    let nl = try csv(["format": "csv", "language": "nl"])
    #expect(nl.hasPrefix("\u{FEFF}Kenmerk;Soort;Status;") && nl.contains(";datalek;geregistreerd;"))
  }

  @Test func theXLSXExportCarriesTheDutchLabelsToo() throws {
    let s = try InProcess()
    try s.open(student: "S-1")
    let table = try s.ok("requests.export", ["format": "table", "language": "nl"])
    let row = (table["rows"]?.arrayValue?.first?.arrayValue ?? []).compactMap(\.stringValue)
    #expect(row.contains("inzage") && row.contains("ouder met gezag"))
    // Dates stay ISO here: the workbook makes date cells of them.
    #expect(row.contains("2026-11-20"))
  }
}
