import Foundation
import Testing

/// No handler, rule or register writes a sentence of its own (issue 16 §1): human-readable text
/// lives in the catalogue (`Sources/Wording/Catalogue`), in Dutch and English. The scan finds
/// string literals of two or more words outside the catalogue, leaving out what is not a text for
/// the school (doc comments, method documentation and parameter summaries for integrators,
/// test expectations, JSON-RPC's own messages, and the
/// titles of recorded examples, error descriptions and nouns of method documentation, which are
/// for integrators in English like the rest of it).
/// The command line (`Sources/avgd`) is scanned too: its usage errors, help pages and `print`ed
/// messages are texts for the school like any answer, so neither `UsageError(` nor `print(` is
/// skipped any more; nor are log lines (`log(`): the operator reads them in the daemon's
/// `--language` (`Text.logLine`).
@Suite struct NoTextOutsideTheCatalogueTests {
  /// Files whose literals are data, not texts avgd says: word lists the checks search for, the
  /// AP's own form wording, and the recorded examples of method declarations (their params are
  /// what a caller sends).
  static let data: Set<String> = [
    "Sources/Registers/Breaches/APFormVocabulary.swift",
    "Sources/Registers/Communication/CommunicationLexicon.swift",
    "Sources/Registers/Sharing/AssessmentLexicon.swift",
    "Sources/Service/Access/PermissionsTable.swift",
    "Sources/Service/Methods/Breaches/BreachExamples.swift",
    "Sources/Service/Methods/Breaches/BreachesAPFormExamples.swift",
    "Sources/Service/Methods/Communication/CommunicationExamples.swift",
    "Sources/Service/Methods/Complaints/ComplaintExamples.swift",
    "Sources/Service/Methods/Information/InformationExamples.swift",
    "Sources/Service/Methods/Letters/LetterExamples.swift",
    "Sources/Service/Methods/Processing/ProcessingExamples.swift",
    "Sources/Service/Methods/Processors/ProcessorExamples.swift",
    "Sources/Service/Methods/Publications/PublicationExamples.swift",
    "Sources/Service/Methods/Reports/ReportExamples.swift",
    "Sources/Service/Methods/Requests/RequestExamples.swift",
    "Sources/Service/Methods/RulesExamples.swift",
    "Sources/Service/Methods/Sharing/SharingAssessExamples.swift",
    "Sources/Service/Methods/Sharing/SharingExamples.swift",
    "Sources/Service/ServiceSettings+Example.swift",
  ]

  /// Files whose literals are markup, not words: SVG, Office Open XML and CSS that the reports and
  /// the xlsx export write (element and attribute names read as "two words" to the scan).
  static let markup: Set<String> = [
    "Sources/Service/Rendering/BarChart.swift",
    "Sources/Service/Rendering/ChartFrame.swift",
    "Sources/Service/Rendering/LineChart.swift",
    "Sources/Service/Rendering/ReportDocument.swift",
    "Sources/Service/Rendering/StackedBarChart.swift",
    "Sources/Service/Spreadsheet/XLSXWorkbook.swift",
  ]

  /// Files still holding texts of their own: each is a debt against issue 16 §1, listed so the
  /// scan holds every other file to the rule. Remove a file when its texts moved to the catalogue.
  static let notYetInCatalogue: Set<String> = [
  ]

  static let skip = try? NSRegularExpression(
    pattern: #"^\s*(///|//)|ParamSpec\(|ErrorSpec\(|ResultSpec\(|MethodExample\(|^\s*"[^"]*", params:|noun:|summary:|description:|"description"|#expect|"summary"|message: "(Invalid params|Parse error|Invalid Request|Method not found|Internal error)"#)
  static let literal = try? NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
  static let twoWords = try? NSRegularExpression(pattern: #"[a-zA-Z]{2,} [a-zA-Z]{2,}"#)

  /// The lines of `text` with a literal of two or more words that the rule applies to.
  static func sentences(in text: String) -> [Int] {
    guard let skip, let literal, let twoWords else { return [1] }
    var out: [Int] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let l = String(line), ns = l as NSString, all = NSRange(location: 0, length: ns.length)
      if skip.firstMatch(in: l, range: all) != nil { continue }
      for m in literal.matches(in: l, range: all) {
        let s = ns.substring(with: m.range(at: 1))
        if twoWords.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil {
          out.append(n + 1)
          break
        }
      }
    }
    return out
  }

  @Test func noSentenceOutsideTheCatalogue() throws {
    var offending: [String] = []
    var stillListed: [String] = []
    for dir in ["Sources/JSON", "Sources/JSONRPC", "Sources/Transport", "Sources/Rules", "Sources/Store", "Sources/Registers", "Sources/Service", "Sources/avgd"] {
      for (path, text) in try CatalogueTests.files(under: dir) where !Self.data.contains(path) && !Self.markup.contains(path) {
        let lines = Self.sentences(in: text)
        if Self.notYetInCatalogue.contains(path) {
          if lines.isEmpty { stillListed.append(path) }
        } else if !lines.isEmpty {
          offending.append("\(path):\(lines.map(String.init).joined(separator: ","))")
        }
      }
    }
    #expect(offending.isEmpty, "texts outside the catalogue (move them to Sources/Wording/Catalogue): \(offending)")
    #expect(stillListed.isEmpty, "no longer holding texts; remove from notYetInCatalogue: \(stillListed)")
  }

  @Test func theScanFindsASentence() {
    #expect(Self.sentences(in: "throw invalid(name, \"must not be empty\")") == [1])
    #expect(Self.sentences(in: "/// a doc \"comment here\"\nlet x = \"nl\"").isEmpty)
    #expect(Self.sentences(in: "throw UsageError(\"unknown option --x\")\nprint(\"backup written to disk\")") == [1, 2])
    #expect(Self.sentences(in: "log(\"store: snapshot written through seq 3\")") == [1])
  }
}
