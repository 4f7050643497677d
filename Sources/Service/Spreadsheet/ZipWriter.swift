/// A zip archive with stored (uncompressed) entries, the container of an Office Open XML file
/// (ECMA-376 Part 2, Open Packaging Conventions; PKWARE APPNOTE 6.3 §4.3). Storing needs no
/// compression library, which keeps avgd free of dependencies (a spreadsheet of a register is a
/// few hundred kilobytes at most, so compression would buy little).
///
/// Entries are written in the order added; every timestamp is the one given (an export made from
/// the same data at the same moment is byte for byte the same file).
struct ZipWriter {
  /// The archive so far.
  private(set) var bytes: [UInt8] = []
  /// The central directory records, written at the end.
  private var central: [UInt8] = []
  private var count = 0
  /// MS-DOS date and time of every entry.
  let dosTime: UInt16
  let dosDate: UInt16

  /// An empty archive whose entries carry the wall-clock time given (year 1980–2107).
  init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    let y = min(max(year, 1980), 2107)
    dosDate = UInt16((y - 1980) << 9 | month << 5 | day)
    dosTime = UInt16(hour << 11 | minute << 5 | second / 2)
  }

  /// Adds the file `name` (a path inside the archive, `/`-separated) with `data`.
  mutating func add(_ name: String, _ data: [UInt8]) {
    let crc = CRC32.checksum(data)
    let offset = UInt32(bytes.count)
    bytes.append(contentsOf: localHeader(name, crc: crc, size: data.count))
    bytes.append(contentsOf: data)
    central.append(contentsOf: centralRecord(name, crc: crc, size: data.count, offset: offset))
    count += 1
  }

  /// An entry's local header (its data follows it), for data of `size` bytes with checksum `crc`;
  /// the entry's central record is `centralRecord` with the header's offset in the archive.
  func localHeader(_ name: String, crc: UInt32, size: Int) -> [UInt8] {
    let nameBytes = Array(name.utf8)
    var bytes: [UInt8] = []
    bytes.le32(0x0403_4B50)
    bytes.le16(20)  // version needed: 2.0
    bytes.le16(0x0800)  // flags: names are UTF-8
    bytes.le16(0)  // method: stored
    bytes.le16(dosTime)
    bytes.le16(dosDate)
    bytes.le32(crc)
    bytes.le32(UInt32(size))
    bytes.le32(UInt32(size))
    bytes.le16(UInt16(nameBytes.count))
    bytes.le16(0)
    bytes.append(contentsOf: nameBytes)
    return bytes
  }

  /// An entry's central directory record; `offset` is where its local header starts.
  func centralRecord(_ name: String, crc: UInt32, size: Int, offset: UInt32) -> [UInt8] {
    let nameBytes = Array(name.utf8)
    var central: [UInt8] = []
    central.le32(0x0201_4B50)
    central.le16(20)  // made by: 2.0
    central.le16(20)
    central.le16(0x0800)
    central.le16(0)
    central.le16(dosTime)
    central.le16(dosDate)
    central.le32(crc)
    central.le32(UInt32(size))
    central.le32(UInt32(size))
    central.le16(UInt16(nameBytes.count))
    central.le16(0)  // extra
    central.le16(0)  // comment
    central.le16(0)  // disk
    central.le16(0)  // internal attributes
    central.le32(0)  // external attributes
    central.le32(offset)
    central.append(contentsOf: nameBytes)
    return central
  }

  /// The finished archive: the entries, the central directory and its end record.
  func finished() -> [UInt8] {
    bytes + central + Self.endRecord(entries: count, centralBytes: central.count, centralStart: bytes.count)
  }

  /// The end of central directory record after `centralBytes` of records that start at
  /// `centralStart`.
  static func endRecord(entries: Int, centralBytes: Int, centralStart: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.le32(0x0605_4B50)
    out.le16(0)
    out.le16(0)
    out.le16(UInt16(entries))
    out.le16(UInt16(entries))
    out.le32(UInt32(centralBytes))
    out.le32(UInt32(centralStart))
    out.le16(0)
    return out
  }
}

extension [UInt8] {
  /// Appends `v` little-endian (zip's byte order).
  fileprivate mutating func le16(_ v: UInt16) {
    append(UInt8(v & 0xFF))
    append(UInt8(v >> 8))
  }

  /// Appends `v` little-endian.
  fileprivate mutating func le32(_ v: UInt32) {
    for k in 0..<4 { append(UInt8((v >> (8 * UInt32(k))) & 0xFF)) }
  }
}
