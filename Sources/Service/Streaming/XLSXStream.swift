import JSON
import Rules

/// A one-sheet xlsx export written as it is made (issue 14, item 4): the same bytes as
/// `XLSXWorkbook(sheets: [sheet]).bytes(at:)`, without ever holding the rows, the worksheet's XML
/// or the archive. A stored zip entry's header carries its size and CRC-32 before its data, so
/// the records are read three times: once for the column widths, once to sum and count the
/// worksheet, once to write it. Only the small package parts and the central directory (a few
/// hundred bytes) are kept.
struct XLSXStream {
  /// The sheet's title.
  let title: String
  /// The header row.
  let header: [String]
  /// The records, in order.
  let records: [JSONObject]
  /// The text cells of one record.
  let row: (JSONObject) -> [String]
  /// The moment stamped on the entries.
  let at: Instant

  /// Hands the archive's bytes, in order, to `emit`, a few kilobytes at a time; stops early
  /// (the archive unfinished) once `stopped` says the reply is broken.
  func write(stopped: () -> Bool = { false }, _ emit: ([UInt8]) -> Void) {
    let book = XLSXWorkbook(sheets: [XLSXWorkbook.Sheet(title: title, header: header, rows: [])])
    let zip = XLSXWorkbook.zip(at: at)
    var offset = 0
    var central: [UInt8] = []
    var entries = 0
    for (name, data) in book.packageParts {
      let crc = CRC32.checksum(data)
      let local = zip.localHeader(name, crc: crc, size: data.count)
      central += zip.centralRecord(name, crc: crc, size: data.count, offset: UInt32(offset))
      emit(local)
      emit(data)
      offset += local.count + data.count
      entries += 1
    }
    let widths = columnWidths()
    var crc: UInt32 = 0
    var size = 0
    worksheet(widths) { piece in
      crc = CRC32.update(crc, piece)
      size += piece.count
    }
    let name = XLSXWorkbook.sheetPart(0)
    let local = zip.localHeader(name, crc: crc, size: size)
    central += zip.centralRecord(name, crc: crc, size: size, offset: UInt32(offset))
    emit(local)
    worksheet(widths, stopped: stopped, emit)
    if stopped() { return }
    offset += local.count + size
    entries += 1
    emit(central + ZipWriter.endRecord(entries: entries, centralBytes: central.count, centralStart: offset))
  }

  /// `XLSXWorkbook.columnWidths` over the records, reading one row at a time.
  private func columnWidths() -> [Int] {
    var widths = header.map { $0.count + 2 }
    for r in records { XLSXWorkbook.widen(&widths, row(r).map(SpreadsheetCell.from)) }
    return widths.map { min(max($0, 8), 60) }
  }

  /// The worksheet's XML (`XLSXWorkbook.worksheet`) in pieces of about 64 KiB.
  private func worksheet(_ widths: [Int], stopped: () -> Bool = { false }, _ emit: ([UInt8]) -> Void) {
    var piece = Array(XLSXWorkbook.worksheetHead(widths: widths, header: header).utf8)
    for (k, r) in records.enumerated() {
      piece += XLSXWorkbook.row(k + 2, row(r).map(SpreadsheetCell.from), bold: false).utf8
      if piece.count >= 64 * 1024 {
        if stopped() { return }
        emit(piece)
        piece.removeAll(keepingCapacity: true)
      }
    }
    piece += XLSXWorkbook.worksheetTail.utf8
    emit(piece)
  }
}
