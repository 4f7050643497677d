/// Text for XML 1.0 character data and attribute values: the five markup characters escaped, and
/// the characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE,
/// U+FFFF) dropped, since a single one makes Excel call the whole workbook corrupt. Text comes from
/// callers (names, summaries), so this runs on every cell of an xlsx export.
enum XMLText {
  /// `s` escaped and cleaned for XML 1.0.
  static func escape(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&apos;".unicodeScalars)
      case "\t", "\n", "\r": out.append(u)
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
        out.append(u)
      }
    }
    return String(out)
  }
}
