import Rules
import Wording

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
    let wall = SpreadsheetCell.moment(at)
    var zip: ZipWriter
    if case .moment(let d, let h, let m) = wall {
      zip = ZipWriter(year: d.year, month: d.month, day: d.day, hour: h, minute: m)
    } else {
      zip = ZipWriter(year: 1980, month: 1, day: 1)
    }
    zip.add("[Content_Types].xml", Array(contentTypes.utf8))
    zip.add("_rels/.rels", Array(Self.rootRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbook.utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
    zip.add("xl/styles.xml", Array(Self.styles.utf8))
    for (k, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(k + 1).xml", Array(Self.worksheet(sheet).utf8)) }
    return zip.finished()
  }

  /// The XML declaration every part starts with.
  private static let header = "<?xml" + attributes(["version": "1.0", "encoding": "UTF-8", "standalone": "yes"]) + "?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageRels = "http://schemas.openxmlformats.org/package/2006/relationships"
  private static let officeType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

  /// ` a="v" b="w"`: attribute values are ours (names, numbers, URIs) or escaped by the caller.
  static func attributes(_ list: KeyValuePairs<String, String>) -> String {
    list.map { " " + $0.key + "=\"" + $0.value + "\"" }.joined()
  }

  /// `<name a="v">content</name>`, or `<name a="v"/>` without content.
  static func element(_ name: String, _ list: KeyValuePairs<String, String> = [:], _ content: String? = nil) -> String {
    let open = "<" + name + attributes(list)
    guard let content else { return open + "/>" }
    return open + ">" + content + "</" + name + ">"
  }

  private var contentTypes: String {
    let sheetTypes = sheets.indices.map {
      Self.element("Override", ["PartName": "/xl/worksheets/sheet\($0 + 1).xml", "ContentType": Self.officeType + "worksheet+xml"])
    }.joined()
    let parts =
      Self.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
      + Self.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
      + Self.element("Override", ["PartName": "/xl/workbook.xml", "ContentType": Self.officeType + "sheet.main+xml"])
      + Self.element("Override", ["PartName": "/xl/styles.xml", "ContentType": Self.officeType + "styles+xml"])
    return Self.header
      + Self.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"], parts + sheetTypes)
  }

  private static let rootRelationships =
    header
    + element(
      "Relationships", ["xmlns": packageRels],
      element("Relationship", ["Id": "rId1", "Type": rels + "/officeDocument", "Target": "xl/workbook.xml"]))

  private var workbook: String {
    var used: Set<String> = []
    let entries = sheets.enumerated().map { k, s in
      Self.element("sheet", ["name": XMLText.escape(Self.uniqueName(s.name, k, &used)), "sheetId": "\(k + 1)", "r:id": "rId\(k + 1)"])
    }.joined()
    return Self.header + Self.element("workbook", ["xmlns": Self.main, "xmlns:r": Self.rels], Self.element("sheets", [:], entries))
  }

  private var workbookRelationships: String {
    let sheetRels = sheets.indices.map {
      Self.element("Relationship", ["Id": "rId\($0 + 1)", "Type": Self.rels + "/worksheet", "Target": "worksheets/sheet\($0 + 1).xml"])
    }.joined()
    let styles = Self.element("Relationship", ["Id": "rId\(sheets.count + 1)", "Type": Self.rels + "/styles", "Target": "styles.xml"])
    return Self.header + Self.element("Relationships", ["xmlns": Self.packageRels], sheetRels + styles)
  }

  /// Style indexes in `styles`: 0 plain, 1 bold header, 2 date, 3 moment.
  private static let styles: String = {
    let size = element("sz", ["val": "11"]), calibri = element("name", ["val": "Calibri"])
    let formats =
      element("numFmt", ["numFmtId": "164", "formatCode": #"dd\-mm\-yyyy"#])
      + element("numFmt", ["numFmtId": "165", "formatCode": #"dd\-mm\-yyyy\ hh:mm"#])
    let fonts = element("font", [:], size + calibri) + element("font", [:], element("b") + size + calibri)
    let fills =
      element("fill", [:], element("patternFill", ["patternType": "none"]))
      + element("fill", [:], element("patternFill", ["patternType": "gray125"]))
    let border = element("border", [:], ["left", "right", "top", "bottom", "diagonal"].map { element($0) }.joined())
    let xfs =
      element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
      + element("xf", ["numFmtId": "0", "fontId": "1", "fillId": "0", "borderId": "0", "xfId": "0", "applyFont": "1"])
      + element("xf", ["numFmtId": "164", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1"])
      + element("xf", ["numFmtId": "165", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1"])
    let content =
      element("numFmts", ["count": "2"], formats) + element("fonts", ["count": "2"], fonts)
      + element("fills", ["count": "2"], fills) + element("borders", ["count": "1"], border)
      + element("cellStyleXfs", ["count": "1"], element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]))
      + element("cellXfs", ["count": "4"], xfs)
      + element("cellStyles", ["count": "1"], element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]))
    return header + element("styleSheet", ["xmlns": main], content)
  }()

  /// One worksheet's XML.
  static func worksheet(_ sheet: Sheet) -> String {
    let pane = element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
    let cols = columnWidths(sheet).enumerated().map { k, width in
      element("col", ["min": "\(k + 1)", "max": "\(k + 1)", "width": "\(width)", "customWidth": "1"])
    }.joined()
    var data = row(1, sheet.header.map { SpreadsheetCell.text($0) }, bold: true)
    for (k, r) in sheet.rows.enumerated() { data += row(k + 2, r, bold: false) }
    let content =
      element("sheetViews", [:], element("sheetView", ["workbookViewId": "0"], pane))
      + element("sheetFormatPr", ["defaultRowHeight": "15"]) + element("cols", [:], cols) + element("sheetData", [:], data)
    return header + element("worksheet", ["xmlns": main], content)
  }

  private static func row(_ n: Int, _ cells: [SpreadsheetCell], bold: Bool) -> String {
    var out = ""
    for (k, cell) in cells.enumerated() {
      let ref = column(k) + String(n)
      switch cell {
      case .empty: continue
      case .text(let s):
        let inline = element("is", [:], element("t", ["xml:space": "preserve"], XMLText.escape(s)))
        out += bold ? element("c", ["r": ref, "t": "inlineStr", "s": "1"], inline) : element("c", ["r": ref, "t": "inlineStr"], inline)
      case .date, .moment:
        let style = if case .date = cell { 2 } else { 3 }
        out += element("c", ["r": ref, "s": "\(style)"], element("v", [:], cell.serial ?? ""))
      }
    }
    return element("row", ["r": "\(n)"], out)
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
    for r in sheet.rows {
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
    return widths.map { min(max($0, 8), 60) }
  }

  /// A tab name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty, unique in the book.
  static func uniqueName(_ name: String, _ k: Int, _ used: inout Set<String>) -> String {
    var base = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }.map(Character.init))
    if base.isEmpty { base = Texts.Export.sheet(k + 1).string }
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
