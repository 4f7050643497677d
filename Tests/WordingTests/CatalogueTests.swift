import Foundation
import Testing
@testable import Wording

/// Every text of the catalogue exists in Dutch and in English (issue 16 §1), and no handler, rule
/// or register writes a sentence of its own outside the catalogue.
@Suite struct CatalogueTests {
  /// The package root, found from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Swift files under `dir` (relative to the root), with their text.
  static func files(under dir: String) throws -> [(path: String, text: String)] {
    let base = root.appendingPathComponent(dir)
    guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
    var out: [(String, String)] = []
    for case let url as URL in e where url.pathExtension == "swift" {
      out.append((String(url.path.dropFirst(root.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
    }
    return out.sorted { $0.0 < $1.0 }
  }

  /// The `Text(nl: "...", en: "...")` literals of the catalogue: a pair whose two halves are each
  /// a single string literal (interpolations included). Pairs built from expressions are checked
  /// by the rendering tests of their area.
  static func literalPairs(_ text: String) -> [(nl: String, en: String, line: Int)] {
    let pattern = #"Text\(\s*nl:\s*"((?:[^"\\]|\\.)*)",\s*en:\s*"((?:[^"\\]|\\.)*)"\s*\)"#
    guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
      let line = ns.substring(to: m.range.location).filter { $0 == "\n" }.count + 1
      return (ns.substring(with: m.range(at: 1)), ns.substring(with: m.range(at: 2)), line)
    }
  }

  /// Texts the same in both languages on purpose (names, codes, formats).
  static let sameInBothLanguages: Set<String> = []

  @Test func everyLiteralTextExistsInBothLanguages() throws {
    let files = try Self.files(under: "Sources/Wording/Catalogue")
    #expect(!files.isEmpty)
    var pairs = 0
    for (path, text) in files {
      for p in Self.literalPairs(text) {
        pairs += 1
        #expect(!p.nl.trimmingCharacters(in: .whitespaces).isEmpty, "\(path):\(p.line): Dutch text is empty")
        #expect(!p.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(path):\(p.line): English text is empty")
        #expect(p.nl != p.en || Self.sameInBothLanguages.contains(p.nl), "\(path):\(p.line): not translated: \"\(p.nl)\"")
      }
    }
    #expect(pairs > 0)
  }

  @Test func textsRenderInTheCallsLanguage() {
    let t = Text(nl: "is verplicht", en: "is required")
    #expect(Language.nl.bound { t.string } == "is verplicht")
    #expect(Language.en.bound { "\(t)" } == "is required")
    #expect(Language.current == .nl)
    #expect(Language(tag: "EN-gb") == .en)
    #expect(Language(tag: "de") == nil)
    let both = Text.joined([t, Text(nl: "ja", en: "yes")], separator: "; ")
    #expect(both(.en) == "is required; yes")
  }

  @Test(arguments: [
    ([], "", ""),
    (["a"], "a", "a"),
    (["a", "b"], "a of b", "a or b"),
    (["a", "b", "c"], "a, b of c", "a, b or c"),
  ])
  func alternativesAreListedAsAPersonSaysThem(items: [String], nl: String, en: String) {
    #expect(Texts.alternatives(items)(.nl) == nl)
    #expect(Texts.alternatives(items)(.en) == en)
  }
}
