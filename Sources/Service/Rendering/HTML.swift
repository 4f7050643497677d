/// The one place text becomes HTML: every value from a record (a breach summary, a requester's
/// words) goes through `escape` before it is written into a report or letter, so a summary that
/// holds `<script>` or `<img onerror=…>` is shown as text and never runs (issue 17 §4).
enum HTML {
  /// `s` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in element content and in
  /// quoted attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
