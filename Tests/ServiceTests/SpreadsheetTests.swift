import Foundation
import Rules
import Testing

@testable import Service

/// The xlsx writer's parts, each against an outside reference: CRC-32's published check value,
/// Excel's column letters and date serials, Amsterdam wall time across both DST changes, and the
/// characters XML 1.0 cannot carry (issue 16: files that open in Excel). The whole file is read
/// back by Python's zipfile and openpyxl in clients/shell/tests/test_export_xlsx.py.
@Suite struct SpreadsheetTests {
  @Test func crc32MatchesTheCheckValue() {
    // The standard check value of CRC-32/ISO-HDLC over "123456789".
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA")])
  func columnLetters(_ k: Int, _ letters: String) {
    #expect(XLSXWorkbook.column(k) == letters)
  }

  static func d(_ s: String) -> CivilDate { (try? CivilDate.parse(s)) ?? CivilDate(daysSinceEpoch: 0) }

  @Test(arguments: [
    ("2026-03-15", SpreadsheetCell.date(d("2026-03-15"))),
    // Winter (UTC+1) and summer (UTC+2) time; the instant given in UTC shows as Amsterdam wall time.
    ("2026-03-28T23:30:00Z", .moment(d("2026-03-29"), hour: 0, minute: 30)),
    ("2026-03-29T01:30:00Z", .moment(d("2026-03-29"), hour: 3, minute: 30)),
    ("2026-10-25T00:59:00Z", .moment(d("2026-10-25"), hour: 2, minute: 59)),
    ("2026-10-25T01:00:00Z", .moment(d("2026-10-25"), hour: 2, minute: 0)),
    ("2026-11-30T09:15:00+01:00", .moment(d("2026-11-30"), hour: 9, minute: 15)),
    ("0612345678", .text("0612345678")),
    ("R-2026-0001", .text("R-2026-0001")),
    ("2026-13-01", .text("2026-13-01")),
    ("", .empty),
  ])
  func cellsAreTypedFromTheExportValue(_ value: String, _ cell: SpreadsheetCell) {
    #expect(SpreadsheetCell.from(value) == cell)
  }

  @Test func serialsCountFromTheSpreadsheetEpoch() {
    #expect(SpreadsheetCell.date(Self.d("1970-01-01")).serial == "25569")
    // 2026-03-15 is serial 46096 in Excel and LibreOffice.
    #expect(SpreadsheetCell.date(Self.d("2026-03-15")).serial == "46096")
    #expect(SpreadsheetCell.moment(Self.d("2026-03-15"), hour: 12, minute: 0).serial == "46096.5000000000")
    #expect(SpreadsheetCell.moment(Self.d("2026-03-15"), hour: 0, minute: 1).serial == "46096.0006944444")
    #expect(SpreadsheetCell.text("x").serial == nil)
  }

  @Test func dutchTextIsDayMonthYear() {
    #expect(SpreadsheetCell.date(Self.d("2026-03-05")).dutchText == "05-03-2026")
    #expect(SpreadsheetCell.moment(Self.d("2026-03-05"), hour: 7, minute: 4).dutchText == "05-03-2026 07:04")
  }

  @Test func xmlTextEscapesMarkupAndDropsWhatXMLCannotCarry() {
    #expect(XMLText.escape(#"<a href="x">&'"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;")
    #expect(XMLText.escape("a\u{0}b\u{1B}c\u{FFFE}d") == "abcd")
    #expect(XMLText.escape("regel 1\r\nregel 2\tkolom") == "regel 1\r\nregel 2\tkolom")
    #expect(XMLText.escape("café 🚸") == "café 🚸")
  }

  @Test func sheetNamesAreWhatExcelAccepts() {
    var used: Set<String> = []
    #expect(XLSXWorkbook.uniqueName("Datalekken [2026]: a/b?", 0, &used) == "Datalekken 2026 ab")
    #expect(XLSXWorkbook.uniqueName(String(repeating: "x", count: 40), 1, &used).count == 31)
    #expect(XLSXWorkbook.uniqueName("Datalekken 2026 ab", 2, &used) == "Datalekken 2026 ab~2")
    #expect(XLSXWorkbook.uniqueName("[]", 3, &used) == "Blad4")
  }

  @Test func theWorksheetFreezesABoldHeaderAndWritesDatesAsNumbers() {
    let sheet = XLSXWorkbook.Sheet(
      title: "Verzoeken", header: ["Kenmerk", "Ontvangen"], rows: [["R-2026-0001", "2026-03-15"], ["=1+1", ""]])
    let xml = XLSXWorkbook.worksheet(sheet)
    #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
    #expect(xml.contains(#"<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Kenmerk</t></is></c>"#))
    #expect(xml.contains(#"<c r="B2" s="2"><v>46096</v></c>"#))
    // Text that looks like a formula stays text: an inline string, never an <f> element.
    #expect(xml.contains(#"<c r="A3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>"#))
    #expect(!xml.contains("<f>"))
    #expect(!xml.contains(#"r="B3""#))
  }

  @Test func theZipHasTheOfficeParts() {
    let book = XLSXWorkbook(sheets: [XLSXWorkbook.Sheet(title: "A", header: ["h"], rows: [["v"]])])
    let bytes = book.bytes(at: Instant(secondsSinceEpoch: 1_780_000_000))
    #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    let text = String(decoding: bytes, as: UTF8.self)
    for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"] {
      #expect(text.contains(part), "missing \(part)")
    }
    // The same workbook at the same moment is the same file.
    #expect(book.bytes(at: Instant(secondsSinceEpoch: 1_780_000_000)) == bytes)
  }
}
