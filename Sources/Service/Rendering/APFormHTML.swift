import JSON
import Registers
import Wording

/// The filled-in AP form (`breaches.apForm`) as a printable HTML page for the breach file (AVG
/// art. 33(5): the register documents what was reported). Same content and order as the text; every
/// value goes through `HTML.escape`.
enum APFormHTML {
  /// The page for `form` (the object `APForm.fill` returns).
  static func render(_ form: JSONObject) -> String {
    let header = APFormText.header(form)
    var body = "<h1>\(HTML.escape(header.first ?? ""))</h1>\n"
    body += header.dropFirst().map { "<p>\(HTML.escape($0))</p>" }.joined(separator: "\n")
    for s in form["sections"]?.arrayValue ?? [] {
      body += "\n<section>\n<h2>\(s["number"]?.intValue ?? 0). \(HTML.escape(s["title"]?.stringValue ?? ""))</h2>\n<dl>\n"
      for a in s["answers"]?.arrayValue ?? [] {
        body += "<dt>\(HTML.escape(a["question"]?.stringValue ?? ""))</dt>\n"
        let missing = a["missing"]?.boolValue == true
        let lines = APFormText.value(a).map(HTML.escape).joined(separator: "<br>\n")
        body += (missing ? HTML.tag("dd", ["class": "missing"]) : "<dd>") + "\(lines)</dd>\n"
      }
      body += "</dl>\n</section>"
    }
    let missing = form["missing"]?.arrayValue ?? []
    if !missing.isEmpty {
      body += "\n<section>\n<h2>" + HTML.escape(Texts.APFormPage.stillToFindOut.string) + "</h2>\n<ul>\n"
      for m in missing {
        let line = Texts.APFormPage.fillInWith(HTML.escape(m["question"]?.stringValue ?? ""), HTML.escape(m["filledBy"]?.stringValue ?? "?"))
        body += "<li>\(line)</li>\n"
      }
      body += "</ul>\n</section>"
    }
    return HTML.page(title: Texts.APFormPage.pageTitle(form["id"]?.stringValue ?? "").string, language: "nl", body: body)
  }
}
