/// A generated text as blocks, rendered to Markdown and to HTML from the same blocks, so the two
/// forms of a privacy statement or rights notice never say different things (AVG art. 12(1)).
/// Text is plain (no markup of its own): the renderers escape what their format needs.
public struct TextDocument: Sendable, Equatable {
  /// One block of text.
  public enum Block: Sendable, Equatable {
    /// A heading of level 1–3.
    case heading(Int, String)
    /// A paragraph.
    case paragraph(String)
    /// A bulleted list.
    case list([String])
  }

  /// The blocks, in order.
  public var blocks: [Block] = []

  /// An empty document.
  public init() {}

  /// Appends a heading.
  public mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level, text)) }
  /// Appends a paragraph.
  public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
  /// Appends a list; an empty list is left out.
  public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }

  /// The headings of levels 1 and 2, in order (the sections a reader sees).
  public var sections: [String] {
    blocks.compactMap { if case .heading(let l, let t) = $0, l <= 2 { return t }; return nil }
  }

  /// As Markdown (CommonMark): blocks separated by a blank line.
  public var markdown: String {
    blocks.map { b in
      switch b {
      case .heading(let level, let text): return String(repeating: "#", count: max(1, min(level, 6))) + " " + Self.mdEscape(text)
      case .paragraph(let text): return Self.mdEscape(text)
      case .list(let items): return items.map { "- " + Self.mdEscape($0) }.joined(separator: "\n")
      }
    }.joined(separator: "\n\n") + "\n"
  }

  /// As an HTML fragment (no `<html>` wrapper: the school's website supplies the page).
  public var html: String {
    blocks.map { b in
      switch b {
      case .heading(let level, let text):
        let l = max(1, min(level, 6))
        return "<h\(l)>\(Self.htmlEscape(text))</h\(l)>"
      case .paragraph(let text): return "<p>\(Self.htmlEscape(text))</p>"
      case .list(let items): return "<ul>\n" + items.map { "<li>\(Self.htmlEscape($0))</li>" }.joined(separator: "\n") + "\n</ul>"
      }
    }.joined(separator: "\n") + "\n"
  }

  /// `&`, `<`, `>` and `"` as entities.
  static func htmlEscape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }

  /// Markdown's inline markers escaped, so text from the registers cannot format itself.
  static func mdEscape(_ s: String) -> String {
    var out = ""
    for c in s {
      if "\\*_`[]<>#|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
