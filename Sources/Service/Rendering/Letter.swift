import Wording

/// A letter the law asks the school to send (issue 17 §3; duties.md §7): a reference, a subject,
/// a salutation, blocks of text and a closing. Built from the record by the letter builders,
/// written as Markdown or as one HTML document, and checked as plain text by the communication
/// check before it is handed out.
struct Letter: Sendable {
  /// A piece of the letter's body.
  enum Block: Sendable {
    /// A short heading.
    case heading(String)
    /// A paragraph.
    case paragraph(String)
    /// A bulleted list.
    case list([String])
  }

  /// The school's reference (the register id).
  let reference: String
  /// The date the letter is made, as a reader writes it.
  let date: String
  /// The subject line.
  let subject: String
  /// `Geachte ouder of verzorger,`.
  let salutation: String
  /// The body.
  var blocks: [Block] = []
  /// `Met vriendelijke groet,` and the sender (a role, never a person's name: "noem geen namen").
  let closing: [String]
  /// The labels of the reference and date lines.
  let labels: (reference: String, date: String)

  /// The text the communication check reads: every line, without markup.
  var plainText: String {
    var lines = [subject, salutation]
    for b in blocks {
      switch b {
      case .heading(let s), .paragraph(let s): lines.append(s)
      case .list(let items): lines += items
      }
    }
    return (lines + closing).joined(separator: "\n")
  }

  /// The letter as Markdown (what a mail program or a word processor takes in).
  var markdown: String {
    var out = ["**\(labels.reference):** \(reference)  ", "**\(labels.date):** \(date)", "", "# \(subject)", "", salutation, ""]
    for b in blocks {
      switch b {
      case .heading(let s): out += ["## \(s)", ""]
      case .paragraph(let s): out += [s, ""]
      case .list(let items): out += items.map { "- \($0)" } + [""]
      }
    }
    out += closing.enumerated().map { $0.offset < closing.count - 1 ? $0.element + "  " : $0.element }
    return out.joined(separator: "\n") + "\n"
  }

  /// The letter as one self-contained HTML document; every text is escaped.
  func html(_ language: Language) -> String {
    var b = HTML.tag("article", ["class": "letter"]) + HTML.tag("p", ["class": "sender"])
    b += "\(HTML.escape(labels.reference)): \(HTML.escape(reference))<br>"
    b += "\(HTML.escape(labels.date)): \(HTML.escape(date))</p><h1>\(HTML.escape(subject))</h1><p>\(HTML.escape(salutation))</p>"
    for block in blocks {
      switch block {
      case .heading(let s): b += "<h2>\(HTML.escape(s))</h2>"
      case .paragraph(let s): b += "<p>\(HTML.escape(s))</p>"
      case .list(let items): b += ReportDocument.list(items)
      }
    }
    b += "<p>" + closing.map(HTML.escape).joined(separator: "<br>") + "</p></article>"
    return ReportDocument.page(title: subject, language: language, body: b)
  }
}
