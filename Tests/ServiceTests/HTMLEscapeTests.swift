import Testing

@testable import Service

/// The one escaping function every report and letter writes record text through (issue 17 §4).
@Suite struct HTMLEscapeTests {
  static let cases: [(String, String)] = [
    ("", ""),
    ("plain text", "plain text"),
    ("a & b", "a &amp; b"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("<img src=x onerror=alert(2)>", "&lt;img src=x onerror=alert(2)&gt;"),
    ("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"),
    ("&amp; stays visible", "&amp;amp; stays visible"),
    ("één café 🙂", "één café 🙂"),
    ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
  ]

  @Test(arguments: cases.indices) func escapes(_ i: Int) {
    #expect(HTML.escape(Self.cases[i].0) == Self.cases[i].1)
  }

  @Test func leavesNoMarkupCharacter() {
    let hostile = "<>&\"'" + String(repeating: "<a href='x'>", count: 3)
    let out = HTML.escape(hostile)
    #expect(!out.contains("<") && !out.contains(">") && !out.contains("\"") && !out.contains("'"))
  }
}
