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

  /// The patterns of the chosen lists, indexed by their first word so each word of a long text is
  /// compared with the few patterns that can start there, not with every pattern.
  struct PatternSet {
    /// Patterns whose first part is a whole word, by that word; with their place in the lists.
    var byFirstWord: [String: [(order: Int, pattern: Pattern)]] = [:]
    /// Patterns whose first part is a prefix (`word*`).
    var prefixFirst: [(order: Int, pattern: Pattern)] = []

    /// The patterns that may match at a word, in list order.
    func candidates(_ word: String) -> [(order: Int, pattern: Pattern)] {
      let exact = byFirstWord[word] ?? []
      let prefixed = prefixFirst.filter { $0.pattern.parts[0].matches(word) }
      return prefixed.isEmpty ? exact : (exact + prefixed).sorted { $0.order < $1.order }
    }
  }

  /// The Dutch lists, compiled once.
  static let dutchSet = compile(dutch: true, english: false)
  /// The English lists, compiled once.
  static let englishSet = compile(dutch: false, english: true)
  /// Both lists (`language: auto`), compiled once.
  static let bothSet = compile(dutch: true, english: true)

  /// The patterns for `dutch` / `english`.
  static func patterns(dutch: Bool, english: Bool) -> PatternSet {
    dutch && english ? bothSet : dutch ? dutchSet : englishSet
  }

  /// Compiles the lists of `CommunicationLexicon` with their innocent contexts.
  static func compile(dutch: Bool, english: Bool) -> PatternSet {
    let lists = (dutch ? CommunicationLexicon.dutch : []) + (english ? CommunicationLexicon.english : [])
    let all = lists.flatMap { entry in
      entry.patterns.map { p in
        Pattern(
          parts: p.split(separator: " ").map { w in
            w.hasSuffix("*") ? Part(text: String(w.dropLast()), prefix: true) : Part(text: String(w), prefix: false)
          }, category: entry.category, before: CommunicationLexicon.innocent[p]?.before ?? [],
          after: CommunicationLexicon.innocent[p]?.after ?? [])
      }
    }
    var set = PatternSet()
    for (i, p) in all.enumerated() where !p.parts.isEmpty {
      if p.parts[0].prefix { set.prefixFirst.append((i, p)) } else { set.byFirstWord[p.parts[0].text, default: []].append((i, p)) }
    }
    return set
  }

  /// The matches: span and category; at each word the longest pattern wins (the first listed among
  /// equals), unless its context makes it innocent (`CommunicationLexicon.innocent`, `innocentPrefixes`).
  static func scan(_ t: ScalarText, patterns: PatternSet) -> [(start: Int, end: Int, category: SpecialCategory)] {
    var out: [(Int, Int, SpecialCategory)] = []
    let w = t.words
    var k = 0
    while k < w.count {
      var best: Pattern? = nil
      for (_, p) in patterns.candidates(w[k].lower) where k + p.parts.count <= w.count && p.parts.count > (best?.parts.count ?? 0) {
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
