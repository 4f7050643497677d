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

  /// A compiled pattern with its category and the contexts in which it is innocent.
  struct Pattern {
    let parts: [Part]
    let category: SpecialCategory
    var before: Set<String> = []
    var after: Set<String> = []
  }

  /// The patterns for `dutch` / `english`.
  static func patterns(dutch: Bool, english: Bool) -> [Pattern] {
    let lists = (dutch ? CommunicationLexicon.dutch : []) + (english ? CommunicationLexicon.english : [])
    return lists.flatMap { entry in
      entry.patterns.map { p in
        Pattern(
          parts: p.split(separator: " ").map { w in
            w.hasSuffix("*") ? Part(text: String(w.dropLast()), prefix: true) : Part(text: String(w), prefix: false)
          }, category: entry.category, before: CommunicationLexicon.innocent[p]?.before ?? [],
          after: CommunicationLexicon.innocent[p]?.after ?? [])
      }
    }
  }

  /// The matches: span and category; at each word the longest pattern wins, unless its context makes
  /// it innocent (`CommunicationLexicon.innocent`, `innocentPrefixes`).
  static func scan(_ t: ScalarText, patterns: [Pattern]) -> [(start: Int, end: Int, category: SpecialCategory)] {
    var out: [(Int, Int, SpecialCategory)] = []
    let w = t.words
    var k = 0
    while k < w.count {
      var best: Pattern? = nil
      for p in patterns where k + p.parts.count <= w.count && p.parts.count > (best?.parts.count ?? 0) {
        if zip(p.parts, w[k..<(k + p.parts.count)]).allSatisfy({ $0.matches($1.lower) }) { best = p }
      }
      if let best, innocent(best, at: k, in: w) {
        k += best.parts.count
      } else if let best {
        out.append((w[k].start, w[k + best.parts.count - 1].end, best.category))
        k += best.parts.count
      } else {
        k += 1
      }
    }
    return out
  }

  /// True when the words around a match of `p` at word `k` make it innocent.
  static func innocent(_ p: Pattern, at k: Int, in w: [ScalarText.Word]) -> Bool {
    if CommunicationLexicon.innocentPrefixes.contains(where: { w[k].lower.hasPrefix($0) }) { return true }
    let end = k + p.parts.count
    if w[max(0, k - 4)..<k].contains(where: { p.before.contains($0.lower) }) { return true }
    return w[end..<min(w.count, end + 3)].contains(where: { p.after.contains($0.lower) })
  }
}
