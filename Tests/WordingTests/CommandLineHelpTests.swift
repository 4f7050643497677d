import Testing
@testable import Wording

/// The command line's help pages exist in Dutch and English (issue 16 §1 and §4). They are
/// multi-line literals, which `CatalogueTests.literalPairs` does not read, so each page is checked
/// here: both languages present and different, each in its own language, and the literal parts
/// (the options a page names) the same in both.
@Suite struct CommandLineHelpTests {
  static let pages: [(name: String, text: Text)] = [
    ("main", Texts.CommandLineHelp.main), ("serve", Texts.CommandLineHelp.serve),
    ("connect", Texts.CommandLineHelp.connect), ("call", Texts.CommandLineHelp.call),
    ("methods", Texts.CommandLineHelp.methods), ("export", Texts.CommandLineHelp.export),
    ("report", Texts.CommandLineHelp.report), ("status", Texts.CommandLineHelp.status),
  ]

  /// The `--options` a page names, in order of first mention.
  static func options(_ page: String) -> [String] {
    var seen: [String] = []
    for word in page.split(whereSeparator: { " [|]()=,;:`'.\n".contains($0) }) where word.hasPrefix("--") && !seen.contains(String(word)) {
      seen.append(String(word))
    }
    return seen.sorted()
  }

  @Test(arguments: pages.map(\.name))
  func everyHelpPageIsInBothLanguages(_ name: String) throws {
    let page = try #require(Self.pages.first { $0.name == name }?.text)
    #expect(page.nl != page.en)
    #expect(page.nl.contains("Gebruik:") && !page.nl.contains("Usage:"), "\(name)")
    #expect(page.en.contains("Usage:") && !page.en.contains("Gebruik:"), "\(name)")
    #expect(!Self.options(page.en).isEmpty && Self.options(page.nl) == Self.options(page.en), "\(name)")
    #expect(!page.nl.contains("\t") && !page.en.contains("\t"))
  }
}
