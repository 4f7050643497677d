import Foundation
import JSON
import JSONRPC
import Testing

@testable import Service

/// Issue 16 §2: the CSV a Dutch office opens by double-click. Every case of every enum an export
/// shows has its Dutch label; the column mapping names columns the exports really have; a Dutch
/// CSV has the BOM, `;`, CRLF, Dutch values, `dd-mm-jjjj` dates and Amsterdam `uu:mm` moments,
/// and still neutralises formulas; English keeps the comma format.
@Suite struct DutchExportTests {
  @Test func everyCaseOfEveryExportedEnumHasItsDutchLabel() {
    #expect(DutchLabels.enums.count >= 30)
    for (name, e) in DutchLabels.enums {
      #expect(!e.cases.isEmpty, "\(name)")
      for c in e.cases {
        let label = e.labels[c] ?? ""
        #expect(!label.isEmpty, "\(name).\(c) has no Dutch label")
        #expect(label != "yes" && label != "no", "\(name).\(c)")
      }
      // Two cases with one label could not be told apart in the export.
      #expect(Set(e.labels.values).count == e.cases.count, "\(name): two cases share a label")
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
    #expect(Set(DutchLabels.columns.keys).isSubset(of: Set(Self.exportColumns.keys)))
    for (register, columns) in DutchLabels.columns {
      let headers = Set((Self.exportColumns[register] ?? []).map(\.header))
      for (header, enumName) in columns {
        #expect(headers.contains(header), "\(register) has no export column \(header)")
        #expect(DutchLabels.enums[enumName] != nil, "\(enumName) has no labels")
      }
    }
  }

  @Test(arguments: [
    ("dataBreach", "datalek"), ("closed", "afgerond"), ("yes", "ja"), ("no", "nee"), ("", ""),
    ("confidentiality; availability", "vertrouwelijkheid; beschikbaarheid"), ("free text", "free text"),
  ])
  func cellsGetTheirDutchLabel(_ wire: String, _ dutch: String) {
    let breaches = DutchLabels.columns["breaches"] ?? [:]
    let header = wire == "closed" ? "Status" : wire.hasPrefix("conf") ? "Nature (CIA)" : "Kind"
    let rows = DutchLabels.rows([[wire]], register: "breaches", headers: [header])
    #expect(breaches[header] != nil)
    #expect(rows == [[dutch]])
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
    #expect(nl.hasPrefix("\u{FEFF}Kenmerk;Soort verzoek;Status;"))
    let row = CSVReader.rows(String(nl.dropFirst()), separator: ";")[1]
    #expect(row.contains("inzage") && row.contains("open") && row.contains("ouder met gezag"))
    #expect(row.contains("20-11-2026") && row.contains("ja"))
    #expect(!row.contains("access") && !row.contains("2026-11-20"))
    let en = try #require(try s.ok("requests.export", ["format": "csv", "language": "en"])["csv"]?.stringValue)
    #expect(en.hasPrefix("Id,Type,Status,"))
    #expect(CSVReader.rows(en)[1].contains("access"))
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
