/// CRC-32 (IEEE 802.3, the polynomial zip uses): every zip entry carries the checksum of its
/// bytes, and a reader (Excel, LibreOffice, Python's zipfile) refuses an entry whose sum is wrong.
enum CRC32 {
  /// The table for the reflected polynomial 0xEDB88320, computed once.
  private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
    var c = UInt32(n)
    for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The checksum of `bytes`.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    update(0, bytes)
  }

  /// The checksum of the bytes summed as `crc` followed by `bytes`: a checksum taken piece by
  /// piece (a streamed worksheet), `update(update(0, a), b) == checksum(a + b)`.
  static func update(_ crc: UInt32, _ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = crc ^ 0xFFFF_FFFF
    for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    return c ^ 0xFFFF_FFFF
  }
}
