import Foundation
import JSON
import JSONRPC
import Rules

/// One `<register>.export` answer (issue 14, item 4): the records the call selected — a
/// consistent view, copied under the register's read lock (records are values, so the copy is
/// references) — and how to encode them. The same pieces give the buffered value (in-process
/// calls, batches) and the streamed reply, so the two cannot drift apart: `write` emits exactly
/// `JSONWriter.bytes(value)`, record by record, into the connection's `ReplyWriter`.
///
/// Memory while streaming: the view (one reference per record) and one chunk; never the
/// encoded document, its rows of cells, nor (for xlsx) the workbook. The xlsx format reads the
/// view three times (column widths, then the sheet's CRC-32 and size for the zip header, then
/// the bytes), since a zip entry's header comes before its data.
struct RegisterExport: Sendable {
  /// `csv`, `json`, `xlsx` or `table` (the declaration's enum).
  let format: String
  /// The records, in register order.
  let records: [JSONObject]
  /// The header row, in the export's language.
  let header: [String]
  /// The cells of one record, in the export's language (Dutch labels when `nl`).
  let row: @Sendable (JSONObject) -> [String]
  /// Dutch CSV (`;`, byte-order mark, dd-mm-jjjj dates) rather than RFC 4180 with `,`.
  let nl: Bool
  /// The sheet's title (table, xlsx).
  let title: String
  /// The moment stamped on the xlsx entries (the service's `now`, pinned once per call).
  let at: Instant
  /// A record of the `json` format as the call reads it (`RegisterReads.present`), one at a time.
  var present: @Sendable (JSONObject) -> JSONObject = { $0 }

  /// The media type of the CSV document.
  static let csvContentType = "text/csv; charset=utf-8"

  /// The answer as a streamed result.
  var streamed: StreamedResult {
    let export = self
    return StreamedResult(write: { export.write($0) }, value: { export.value })
  }

  /// The whole answer as a value.
  var value: JSONValue {
    let count = JSONValue.int(records.count)
    switch format {
    case "json":
      return ["format": "json", "count": count, "records": .array(records.map { .object(present($0)) })]
    case "table":
      return [
        "format": "table", "count": count, "sheet": .string(title),
        "header": .array(header.map { .string($0) }), "rows": .array(records.map { .array(row($0).map { .string($0) }) }),
      ]
    case "xlsx":
      let book = XLSXWorkbook(sheets: [XLSXWorkbook.Sheet(title: title, header: header, rows: records.map(row))])
      return [
        "format": "xlsx", "count": count, "contentType": .string(XLSXWorkbook.contentType),
        "base64": .string(Data(book.bytes(at: at)).base64EncodedString()),
      ]
    default:
      var text = ""
      csvPieces {
        text += $0
        return true
      }
      return ["format": "csv", "count": count, "contentType": .string(Self.csvContentType), "csv": .string(text)]
    }
  }

  /// Writes the answer's compact encoding, `JSONWriter.bytes(value)`, piece by piece.
  func write(_ w: ReplyWriter) {
    w.append(#"{"format":"#)
    w.writeString(format == "json" || format == "table" || format == "xlsx" ? format : "csv")
    w.append(#","count":\#(records.count)"#)
    switch format {
    case "json":
      w.append(#","records":["#)
      for (k, r) in records.enumerated() {
        if w.isBroken { return }
        if k > 0 { w.append(UInt8(ascii: ",")) }
        w.write(.object(present(r)))
      }
      w.append("]}")
    case "table":
      w.append(#","sheet":"#)
      w.writeString(title)
      w.append(#","header":"#)
      w.write(.array(header.map { .string($0) }))
      w.append(#","rows":["#)
      for (k, r) in records.enumerated() {
        if w.isBroken { return }
        if k > 0 { w.append(UInt8(ascii: ",")) }
        w.write(.array(row(r).map { .string($0) }))
      }
      w.append("]}")
    case "xlsx":
      w.append(#","contentType":"#)
      w.writeString(XLSXWorkbook.contentType)
      w.append(#","base64":""#)
      let base64 = Base64Stream(w)
      XLSXStream(title: title, header: header, records: records, row: row, at: at).write(stopped: { w.isBroken }) { base64.append($0) }
      base64.finish()
      w.append(#""}"#)
    default:
      w.append(#","contentType":"#)
      w.writeString(Self.csvContentType)
      w.append(#","csv":""#)
      csvPieces { piece in
        w.writeStringContents(piece)
        return !w.isBroken
      }
      w.append(#""}"#)
    }
  }

  /// The CSV document in pieces (the byte-order mark, then one line per row), the same text
  /// `CSV.document` and `CSV.dutchDocument` give for the header and all rows. Stops when `emit`
  /// returns false (the reply broke off).
  func csvPieces(_ emit: (String) -> Bool) {
    let separator: CSV.Separator = nl ? .semicolon : .comma
    if nl && !emit("\u{FEFF}") { return }
    guard emit(CSV.line(header, separator: separator)) else { return }
    for r in records {
      let cells = row(r)
      guard emit(CSV.line(nl ? cells.map { SpreadsheetCell.from($0).dutchText } : cells, separator: separator)) else { return }
    }
  }
}
