/// The one HTML escaping of avgd's printable pages (the AP form now, the reports later): every
/// text from a record or a setting goes through `escape` before it is put in a page, so a summary
/// with `<script>` prints as text and cannot run (no injection into a page kept in the file).
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in element content and in
  /// quoted attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
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
