/// Finds words that hint at a special category of personal data (AVG art. 9(1): health, religion,
/// belief, sexual orientation, race or ethnic origin, politics, trade union) or criminal data
/// (art. 10), from the lists in `CommunicationLexicon` (rules.md §3.4; decision 33).
enum SpecialWordScanner {
  /// One word of a pattern: exact, or a prefix when the list wrote `word*`.
  struct Part {
    let text: String
    let prefix: Bool
    func matches(_ word: String) -> Bool { prefix ? word.hasPrefix(text) : word == text }
  }

  /// A compiled pattern with its category.
  struct Pattern {
    let parts: [Part]
    let category: SpecialCategory
  }

  /// The patterns for `dutch` / `english`.
  static func patterns(dutch: Bool, english: Bool) -> [Pattern] {
    let lists = (dutch ? CommunicationLexicon.dutch : []) + (english ? CommunicationLexicon.english : [])
    return lists.flatMap { entry in
      entry.patterns.map { p in
        Pattern(
          parts: p.split(separator: " ").map { w in
            w.hasSuffix("*") ? Part(text: String(w.dropLast()), prefix: true) : Part(text: String(w), prefix: false)
          }, category: entry.category)
      }
    }
  }

  /// The matches: span and category; at each word the longest pattern wins.
  static func scan(_ t: ScalarText, patterns: [Pattern]) -> [(start: Int, end: Int, category: SpecialCategory)] {
    var out: [(Int, Int, SpecialCategory)] = []
    let w = t.words
    var k = 0
    while k < w.count {
      var best: Pattern? = nil
      for p in patterns where k + p.parts.count <= w.count && p.parts.count > (best?.parts.count ?? 0) {
        if zip(p.parts, w[k..<(k + p.parts.count)]).allSatisfy({ $0.matches($1.lower) }) { best = p }
      }
      if let best {
        out.append((w[k].start, w[k + best.parts.count - 1].end, best.category))
        k += best.parts.count
      } else {
        k += 1
      }
    }
    return out
  }
}
