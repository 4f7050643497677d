/// The one place text becomes HTML: every value from a record or a setting (a breach summary, a
/// requester's words) goes through `escape` before it is written into a report, letter or the AP
/// form's page, so a summary that holds `<script>` or `<img onerror=…>` is shown as text and never runs.
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

  /// The start tag `<name a="v" ...>`, every attribute value escaped: the markup of reports and
  /// letters is written with it, never as a literal, so its words are not mistaken for text.
  static func tag(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> String {
    "<" + name + attributes.map { " " + $0.key + "=\"" + escape($0.value) + "\"" }.joined() + ">"
  }

  /// A complete printable page: `title` is escaped here, `body` must already be HTML built with `escape`.
  static func page(title: String, language: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(escape(language))">
    <head>
    <meta charset="utf-8">
    <title>\(escape(title))</title>
    <style>
    body { font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.4; }
    h2 { border-bottom: 1px solid #888; margin-top: 1.5em; }
    dt { font-weight: bold; margin-top: 0.8em; }
    dd { margin-left: 1.5em; }
    .missing { color: #a00; }
    @media print { body { margin: 0; } section { page-break-inside: avoid; } }
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }
}
