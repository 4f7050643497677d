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
    case .null: appendASCII("null", into: &out)
    case .bool(let b): appendASCII(b ? "true" : "false", into: &out)
    case .number(let n): appendUTF8(n.text, into: &out)
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
  /// `"` and `\` are escaped. Runs of bytes that need no escape are copied in one go.
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    let done: Void? = s.utf8.withContiguousStorageIfAvailable { writeEscaped($0, into: &out) }
    if done == nil {
      var copy = s
      copy.makeContiguousUTF8()
      copy.utf8.withContiguousStorageIfAvailable { writeEscaped($0, into: &out) }
    }
    out.append(0x22)
  }

  private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    var run = 0
    for i in 0..<bytes.count {
      let c = bytes[i]
      if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
      if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
      run = i + 1
      switch c {
      case 0x22: out.append(0x5C); out.append(0x22)
      case 0x5C: out.append(0x5C); out.append(0x5C)
      case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
      case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
      case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
      default:
        out.append(0x5C); out.append(UInt8(ascii: "u")); out.append(0x30); out.append(0x30)
        out.append(hex[Int(c >> 4)]); out.append(hex[Int(c & 0xF)])
      }
    }
    if bytes.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
  }

  /// Appends a literal's bytes without building an array.
  @inline(__always)
  private static func appendASCII(_ text: StaticString, into out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a string's UTF-8 in one copy when its storage is contiguous (native strings are).
  @inline(__always)
  private static func appendUTF8(_ text: String, into out: inout [UInt8]) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { out.append(contentsOf: $0) }
    if done == nil { out.append(contentsOf: text.utf8) }
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
