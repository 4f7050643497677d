import Wording

/// The page around a report or letter: one self-contained HTML document (issue 17: no external
/// files, no script; a content-security policy that forbids both, so nothing in a record can ever
/// load or run), a readable screen layout and print CSS for A4.
enum ReportDocument {
  /// The A4 and screen styles every document shares.
  static let css = """
    @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
    * { box-sizing: border-box; }
    html { background: #f4f4f1; }
    body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1c1c1c;
      max-width: 180mm; margin: 0 auto; padding: 12mm 10mm; background: #fff; }
    h1 { font-size: 20pt; margin: 0 0 2mm; color: #1f4e8c; }
    h2 { font-size: 14pt; margin: 9mm 0 2mm; color: #1f4e8c; border-bottom: 1.5pt solid #1f4e8c; padding-bottom: 1mm; }
    h3 { font-size: 11pt; margin: 4mm 0 1mm; }
    p { margin: 0 0 2.5mm; }
    .meta { color: #555; margin-bottom: 6mm; }
    figure { margin: 3mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 9.5pt; color: #444; margin-bottom: 1mm; font-weight: bold; }
    svg.chart { width: 100%; height: auto; display: block; }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm; break-inside: auto; }
    th, td { border-bottom: 0.5pt solid #bbb; text-align: left; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
    td:first-child { white-space: nowrap; }
    th { background: #e9eef5; }
    tr { break-inside: avoid; }
    table.status { table-layout: fixed; }
    .attention { background: #fff6e5; border-left: 3pt solid #e8a33d; padding: 2mm 3mm; margin: 2mm 0 3mm; break-inside: avoid; }
    .attention h3 { margin-top: 0; }
    .ok { color: #2f6b36; }
    .overdue { color: #9b1c2c; font-weight: bold; }
    .soon { color: #8a5a00; font-weight: bold; }
    .letter { font-size: 11pt; }
    .letter h1 { font-size: 15pt; margin: 4mm 0 5mm; }
    .letter h2 { font-size: 11.5pt; color: #1c1c1c; border: none; margin: 5mm 0 1mm; padding: 0; }
    .letter .sender { color: #555; margin-bottom: 8mm; }
    ul { margin: 0 0 3mm; padding-left: 6mm; }
    footer { margin-top: 8mm; font-size: 8.5pt; color: #666; }
    @media print { html { background: #fff; } body { max-width: none; padding: 0; } h2 { break-after: avoid; } }
    """

  /// A complete document: `title` in the tab and `body` (already escaped HTML) as content.
  static func page(title: String, language: Language, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="avgd">
    <title>\(HTML.escape(title))</title>
    <style>
    \(css)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }

  /// `<p>` per paragraph, escaped.
  static func paragraphs(_ ps: [String]) -> String { ps.map { "<p>\(HTML.escape($0))</p>" }.joined(separator: "\n") }

  /// An escaped `<ul>` (empty string when there is nothing).
  static func list(_ items: [String]) -> String {
    items.isEmpty ? "" : "<ul>" + items.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
  }

  /// An escaped table.
  static func table(_ t: ReportTable) -> String {
    var s = "<table><thead><tr>" + t.header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
    for row in t.rows { s += "<tr>" + row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }
    return s + "</tbody></table>"
  }
}
