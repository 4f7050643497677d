import Foundation
import JSONRPC
import Wording

/// The parsed header section of one Content-Length framed message. Kept apart from the framer's
/// state machine so that the byte-level rules (ASCII only, case-insensitive names, bounded
/// length) read in one place.
struct ContentLengthHeader {
  /// The body length, nil when the header was absent.
  var length: Int?
  /// Set when Content-Type names a charset other than utf-8/utf8 (LSP: "respond with an error").
  var charsetError: RPCError?

  /// Parses `bytes` (header lines, each ending in `\n` or `\r\n`, the last one empty).
  static func parse(_ bytes: [UInt8]) -> Result<ContentLengthHeader, RPCError> {
    var result = ContentLengthHeader()
    for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var line = rawLine[...]
      if line.last == 0x0D { line = line.dropLast() }
      if line.isEmpty { continue }
      guard line.allSatisfy({ $0 < 0x80 }) else {
        return .failure(.framingError(Texts.Transport.headerNotASCII.string))
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        return .failure(.framingError(Texts.Transport.headerLineWithoutColon.string))
      }
      let name = String(decoding: trimmed(line[..<colon]), as: UTF8.self).lowercased()
      let value = trimmed(line[(colon + 1)...])
      switch name {
      case "content-length":
        switch parseLength(value) {
        case .none:
          return .failure(.framingError(Texts.Transport.invalidLength.string))
        case .some(let n):
          if let previous = result.length, previous != n {
            return .failure(.framingError(Texts.Transport.conflictingLengths.string))
          }
          result.length = n
        }
      case "content-type":
        if let charset = charset(in: String(decoding: value, as: UTF8.self)),
          charset != "utf-8" && charset != "utf8"
        {
          result.charsetError = .framingError(Texts.Transport.unsupportedCharset(charset).string)
        }
      default:
        continue
      }
    }
    return .success(result)
  }

  /// The decimal length, saturated at `Int.max` so a 25-digit number means "too large" instead of
  /// trapping; nil when the value is not a non-empty run of ASCII digits.
  static func parseLength(_ value: ArraySlice<UInt8>) -> Int? {
    guard !value.isEmpty else { return nil }
    var n = 0
    for byte in value {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let (times10, o1) = n.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(Int(byte - 0x30))
      n = (o1 || o2) ? Int.max : sum
    }
    return n
  }

  /// The lowercased `charset` parameter of a Content-Type value, without quotes.
  static func charset(in contentType: String) -> String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let parts = parameter.split(separator: "=", maxSplits: 1)
      guard parts.count == 2,
        parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
      else { continue }
      let value = parts[1].trimmingCharacters(in: .whitespaces)
      return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
    }
    return nil
  }

  private static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = s
    while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
    while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
    return s
  }
}
