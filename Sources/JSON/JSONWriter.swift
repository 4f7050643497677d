/// Writes JSON directly into a byte buffer: compact (the wire, one message per line: a string's
/// newline is always escaped, so a message never spans lines) or indented (committed documents).
///
/// Numbers are written from their kept text, so values round-trip exactly.
public enum JSONWriter {
  /// The compact encoding as bytes.
  public static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(128)
    write(value, into: &out)
    return out
  }

  /// The compact encoding as a string.
  public static func string(_ value: JSONValue) -> String { String(decoding: bytes(value), as: UTF8.self) }

  /// An indented encoding (two spaces), ending without a newline.
  public static func pretty(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    writePretty(value, indent: 0, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the compact encoding of `value` to `out`.
  public static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
    case .number(let n): out.append(contentsOf: n.text.utf8)
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        write(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      out.append(UInt8(ascii: "{"))
      for (k, m) in o.members.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        writeString(m.key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(m.value, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends a quoted, escaped string. Non-ASCII is written as UTF-8; control characters,
  /// `"` and `\` are escaped. Runs without anything to escape are copied in one piece.
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    let copied: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      for i in 0..<bytes.count where bytes[i] < 0x20 || bytes[i] == 0x22 || bytes[i] == 0x5C {
        if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
        escape(bytes[i], into: &out)
        start = i + 1
      }
      if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }
    if copied == nil {
      for c in s.utf8 {
        if c < 0x20 || c == 0x22 || c == 0x5C { escape(c, into: &out) } else { out.append(c) }
      }
    }
    out.append(0x22)
  }

  /// Appends the escape of `c`, one of the bytes a JSON string must escape.
  private static func escape(_ c: UInt8, into out: inout [UInt8]) {
    switch c {
    case 0x22: out.append(0x5C); out.append(0x22)
    case 0x5C: out.append(0x5C); out.append(0x5C)
    case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
    case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
    case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
    default: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
    }
  }

  private static func newline(_ indent: Int, _ out: inout [UInt8]) {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: indent * 2))
  }

  private static func writePretty(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .array(let items) where !items.isEmpty:
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, &out)
        writePretty(item, indent: indent + 1, into: &out)
      }
      newline(indent, &out)
      out.append(UInt8(ascii: "]"))
    case .object(let o) where !o.isEmpty:
      out.append(UInt8(ascii: "{"))
      for (k, m) in o.members.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, &out)
        writeString(m.key, into: &out)
        out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
        writePretty(m.value, indent: indent + 1, into: &out)
      }
      newline(indent, &out)
      out.append(UInt8(ascii: "}"))
    default:
      write(value, into: &out)
    }
  }
}
