import Wording

/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Why our own: Foundation's `JSONSerialization` turns numbers into `Double`/`NSNumber` (ids above
/// 2^53 would change) and costs several times more per message than this direct byte scanner.
/// Strictness: no comments, no trailing commas, no leading zeros, no lone surrogates, valid UTF-8
/// only, at most `maxDepth` nested arrays/objects (so 10,000-deep input is an error, not a stack
/// overflow). A duplicate object key keeps the last value, as most JSON readers do, unless the
/// caller asks for `rejectingDuplicateKeys` (configuration files, where a second `users` member
/// silently replacing the first would change who may read pupils' data: issue 14, item 11).
public struct JSONParser {
  /// Deepest nesting accepted.
  public static let defaultMaxDepth = 128

  /// Parses exactly one JSON text (surrounding whitespace allowed).
  public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in try parse(buf, maxDepth: maxDepth) }
  }

  /// Parses exactly one JSON text, refusing an object that names a member twice (at any depth)
  /// with "duplicate member name".
  public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, rejectingDuplicateKeys: Bool)
    throws(JSONParseError) -> JSONValue
  {
    try bytes.withUnsafeBufferPointer { buf throws(JSONParseError) in
      var p = JSONParser(buf, maxDepth: maxDepth)
      p.rejectDuplicates = rejectingDuplicateKeys
      return try p.parseDocument()
    }
  }

  /// Parses exactly one JSON text from memory the caller owns (no copy: a snapshot is hundreds
  /// of megabytes).
  public static func parse(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError)
    -> JSONValue
  {
    var p = JSONParser(buf, maxDepth: maxDepth)
    return try p.parseDocument()
  }

  private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
    skipWhitespace()
    let v = try parseValue(depth: 0)
    skipWhitespace()
    guard i == b.count else { throw error(Texts.Wire.Parse.dataAfterValue) }
    return v
  }

  /// Parses a JSON text given as a Swift string.
  public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    try parse(Array(text.utf8), maxDepth: maxDepth)
  }

  private let b: UnsafeBufferPointer<UInt8>
  private var i = 0
  private let maxDepth: Int
  private var rejectDuplicates = false

  private init(_ b: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.b = b
    self.maxDepth = maxDepth
  }

  private func error(_ reason: Text) -> JSONParseError { JSONParseError(reason: reason.string, offset: i) }

  private mutating func skipWhitespace() {
    while i < b.count {
      let c = b[i]
      if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
    guard i < b.count else { throw error(Texts.Wire.Parse.unexpectedEnd) }
    switch b[i] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error(Texts.Wire.Parse.unexpectedCharacter)
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONParseError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= b.count else { throw error(Texts.Wire.Parse.unexpectedEnd) }
    let w = word.utf8Start
    for k in 0..<n where b[i + k] != w[k] { throw error(Texts.Wire.Parse.invalidLiteral) }
    i += n
  }

  private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maxDepth else { throw error(Texts.Wire.Parse.tooDeep(maxDepth)) }
    i += 1
    var members: [(String, JSONValue)] = []
    skipWhitespace()
    if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(JSONObject()) }
    while true {
      skipWhitespace()
      guard i < b.count else { throw error(Texts.Wire.Parse.unexpectedEnd) }
      guard b[i] == UInt8(ascii: "\"") else { throw error(Texts.Wire.Parse.memberNameExpected) }
      let keyOffset = i
      let key = try parseString()
      if rejectDuplicates, members.contains(where: { $0.0 == key }) {
        throw JSONParseError(reason: Texts.Wire.Parse.duplicateMember(key).string, offset: keyOffset)
      }
      skipWhitespace()
      guard i < b.count, b[i] == UInt8(ascii: ":") else { throw error(Texts.Wire.Parse.colonExpected) }
      i += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append((key, value))
      skipWhitespace()
      guard i < b.count else { throw error(Texts.Wire.Parse.unexpectedEnd) }
      if b[i] == UInt8(ascii: ",") { i += 1; continue }
      if b[i] == UInt8(ascii: "}") { i += 1; return .object(JSONObject(members)) }
      throw error(Texts.Wire.Parse.objectEndExpected)
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth <= maxDepth else { throw error(Texts.Wire.Parse.tooDeep(maxDepth)) }
    i += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth))
      skipWhitespace()
      guard i < b.count else { throw error(Texts.Wire.Parse.unexpectedEnd) }
      if b[i] == UInt8(ascii: ",") { i += 1; continue }
      if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
      throw error(Texts.Wire.Parse.arrayEndExpected)
    }
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
    let start = i
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard i < b.count else { throw error(Texts.Wire.Parse.endInNumber) }
    if b[i] == UInt8(ascii: "0") {
      i += 1
    } else if isDigit(b[i]) {
      while i < b.count, isDigit(b[i]) { i += 1 }
    } else {
      throw error(Texts.Wire.Parse.invalidNumber)
    }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard i < b.count, isDigit(b[i]) else { throw error(Texts.Wire.Parse.digitAfterPoint) }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard i < b.count, isDigit(b[i]) else { throw error(Texts.Wire.Parse.digitInExponent) }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    if i - start > 512 { throw error(Texts.Wire.Parse.numberTooLong) }
    return JSONNumber(uncheckedText: String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  private mutating func parseString() throws(JSONParseError) -> String {
    i += 1
    let start = i
    // Fast path: plain ASCII/UTF-8 without escapes; pure ASCII needs no UTF-8 validation.
    var ascii = true
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        let s = UnsafeBufferPointer(rebasing: b[start..<i])
        i += 1
        if ascii { return String(decoding: s, as: UTF8.self) }
        guard let str = String(validating: s, as: UTF8.self) else {
          i = start
          throw error(Texts.Wire.Parse.invalidUTF8)
        }
        return str
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw error(Texts.Wire.Parse.controlCharacter) }
      if c >= 0x80 { ascii = false }
      i += 1
    }
    var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        guard let str = String(validating: out, as: UTF8.self) else { throw error(Texts.Wire.Parse.invalidUTF8) }
        return str
      }
      if c < 0x20 { throw error(Texts.Wire.Parse.controlCharacter) }
      if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
      i += 1
      guard i < b.count else { break }
      let e = b[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if scalar >= 0xD800 && scalar <= 0xDBFF {
          guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
            throw error(Texts.Wire.Parse.loneHighSurrogate)
          }
          i += 2
          let low = try hex4()
          guard low >= 0xDC00 && low <= 0xDFFF else { throw error(Texts.Wire.Parse.invalidSurrogatePair) }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
          throw error(Texts.Wire.Parse.loneLowSurrogate)
        }
        guard let u = Unicode.Scalar(scalar) else { throw error(Texts.Wire.Parse.invalidUnicodeEscape) }
        out.append(contentsOf: Array(String(Character(u)).utf8))
      default:
        throw error(Texts.Wire.Parse.invalidEscape)
      }
    }
    throw error(Texts.Wire.Parse.unterminatedString)
  }

  private mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard i + 4 <= b.count else { throw error(Texts.Wire.Parse.truncatedUnicodeEscape) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = b[i]
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x41...0x46: d = UInt32(c - 0x41 + 10)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      default: throw error(Texts.Wire.Parse.invalidHexDigit)
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}

/// Why a text is not JSON, and the byte offset where that was found.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Plain-words reason, e.g. "expected ',' or '}'".
  public let reason: String
  /// Byte offset into the input.
  public let offset: Int
  public var description: String { Texts.Wire.Parse.atByte(reason, offset).string }
}
