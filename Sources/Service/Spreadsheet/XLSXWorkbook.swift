import Rules

/// An Office Open XML workbook (ECMA-376, the `.xlsx` Excel and LibreOffice open), written by avgd
/// itself into a stored zip (`ZipWriter`): one sheet per register, a bold header row frozen at
/// the top, column widths from the content, dates and moments as real date cells (`dd-mm-jjjj`,
/// `dd-mm-jjjj uu:mm`, the way a Dutch office reads them). Issue 16: a school's privacy officer
/// opens the register by double-click, not through an import wizard.
public struct XLSXWorkbook: Sendable {
  /// One worksheet.
  public struct Sheet: Sendable {
    /// The tab's name (cut to Excel's 31 characters, without `[]:*?/\`).
    public let name: String
    /// The header row.
    public let header: [String]
    /// The rows, each as long as the header (shorter rows leave cells empty).
    public let rows: [[SpreadsheetCell]]

    /// A sheet of typed cells.
    public init(name: String, header: [String], rows: [[SpreadsheetCell]]) {
      self.name = name
      self.header = header
      self.rows = rows
    }

    /// A sheet of a register export's text values, each typed by `SpreadsheetCell.from`.
    public init(title: String, header: [String], rows: [[String]]) {
      self.init(name: title, header: header, rows: rows.map { $0.map(SpreadsheetCell.from) })
    }
  }

  /// The MIME type of an xlsx file.
  public static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

  /// The sheets in tab order.
  public var sheets: [Sheet] = []

  /// A workbook of `sheets`.
  public init(sheets: [Sheet] = []) { self.sheets = sheets }

  /// The file, its entries stamped with `at` in Amsterdam wall time.
  public func bytes(at: Instant) -> [UInt8] {
    var zip = Self.zip(at: at)
    for (name, data) in packageParts { zip.add(name, data) }
    for (k, sheet) in sheets.enumerated() { zip.add(Self.sheetPart(k), Array(Self.worksheet(sheet).utf8)) }
    return zip.finished()
  }

  /// The zip of a file stamped `at` (what `bytes(at:)` starts from).
  static func zip(at: Instant) -> ZipWriter {
    if case .moment(let d, let h, let m) = SpreadsheetCell.moment(at) {
      return ZipWriter(year: d.year, month: d.month, day: d.day, hour: h, minute: m)
    }
    return ZipWriter(year: 1980, month: 1, day: 1)
  }

  /// The parts before the worksheets, in archive order, as (path, bytes).
  var packageParts: [(String, [UInt8])] {
    [
      ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(Self.rootRelationships.utf8)),
      ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
      ("xl/styles.xml", Array(Self.styles.utf8)),
    ]
  }

  /// The archive path of worksheet `k` (0-based).
  static func sheetPart(_ k: Int) -> String { "xl/worksheets/sheet\(k + 1).xml" }

  private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private var contentTypes: String {
    let sheetTypes = sheets.indices.map {
      #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }.joined()
    return Self.header
      + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
      + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
      + sheetTypes + "</Types>"
  }

  private static let rootRelationships =
    header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="\#(rels)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

  private var workbook: String {
    var used: Set<String> = []
    let entries = sheets.enumerated().map { k, s in
      #"<sheet name="\#(XMLText.escape(Self.uniqueName(s.name, k, &used)))" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#
    }.joined()
    return Self.header + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.rels)"><sheets>"# + entries + "</sheets></workbook>"
  }

  private var workbookRelationships: String {
    let sheetRels = sheets.indices.map {
      #"<Relationship Id="rId\#($0 + 1)" Type="\#(Self.rels)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
    }.joined()
    return Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + sheetRels
      + #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.rels)/styles" Target="styles.xml"/></Relationships>"#
  }

  /// Style indexes in `styles`: 0 plain, 1 bold header, 2 date, 3 moment.
  private static let styles =
    header + #"<styleSheet xmlns="\#(main)">"#
    + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\-mm\-yyyy"/><numFmt numFmtId="165" formatCode="dd\-mm\-yyyy\ hh:mm"/></numFmts>"#
    + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

  /// One worksheet's XML.
  static func worksheet(_ sheet: Sheet) -> String {
    var out = worksheetHead(widths: columnWidths(sheet), header: sheet.header)
    for (k, r) in sheet.rows.enumerated() { out += row(k + 2, r, bold: false) }
    return out + worksheetTail
  }

  /// A worksheet's XML up to and including its header row (row 1); rows 2… and `worksheetTail`
  /// follow (a streamed export writes them one by one).
  static func worksheetHead(widths: [Int], header sheetHeader: [String]) -> String {
    var out = header + #"<worksheet xmlns="\#(main)">"#
    out += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
    out += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
    for (k, width) in widths.enumerated() {
      out += #"<col min="\#(k + 1)" max="\#(k + 1)" width="\#(width)" customWidth="1"/>"#
    }
    out += "</cols><sheetData>"
    return out + row(1, sheetHeader.map { SpreadsheetCell.text($0) }, bold: true)
  }

  /// The end of a worksheet's XML.
  static let worksheetTail = "</sheetData></worksheet>"

  /// Row `n` of a worksheet.
  static func row(_ n: Int, _ cells: [SpreadsheetCell], bold: Bool) -> String {
    var out = #"<row r="\#(n)">"#
    for (k, cell) in cells.enumerated() {
      let ref = column(k) + String(n)
      switch cell {
      case .empty: continue
      case .text(let s):
        out += #"<c r="\#(ref)" t="inlineStr"\#(bold ? #" s="1""# : "")><is><t xml:space="preserve">\#(XMLText.escape(s))</t></is></c>"#
      case .date, .moment:
        let style = if case .date = cell { 2 } else { 3 }
        out += #"<c r="\#(ref)" s="\#(style)"><v>\#(cell.serial ?? "")</v></c>"#
      }
    }
    return out + "</row>"
  }

  /// `A`, `B`, …, `Z`, `AA`, … for column `k` (0-based).
  static func column(_ k: Int) -> String {
    var n = k + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }

  /// Widths in characters: the longest value of the column (header included), between 8 and 60.
  static func columnWidths(_ sheet: Sheet) -> [Int] {
    var widths = sheet.header.map { $0.count + 2 }
    for r in sheet.rows { widen(&widths, r) }
    return widths.map { min(max($0, 8), 60) }
  }

  /// Widens `widths` (raw: header length + 2, before the 8…60 bounds) for one row's cells.
  static func widen(_ widths: inout [Int], _ r: [SpreadsheetCell]) {
      for (k, c) in r.enumerated() where k < widths.count {
        let len: Int
        switch c {
        case .empty: len = 0
        case .text(let s): len = s.split(separator: "\n").map(\.count).max() ?? 0
        case .date: len = 10
        case .moment: len = 16
        }
        widths[k] = max(widths[k], len + 2)
      }
  }

  /// A tab name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty, unique in the book.
  static func uniqueName(_ name: String, _ k: Int, _ used: inout Set<String>) -> String {
    var base = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }.map(Character.init))
    if base.isEmpty { base = "Blad\(k + 1)" }
    var candidate = String(base.prefix(31))
    var n = 2
    while used.contains(candidate.lowercased()) {
      candidate = String(base.prefix(31 - String(n).count - 1)) + "~\(n)"
      n += 1
    }
    used.insert(candidate.lowercased())
    return candidate
  }
}
