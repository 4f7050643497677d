/// Finds a class or a role right next to a relative moment in the past: "4 havo vorige week
/// dinsdag", "de conciërge gisteren", "groep 7 afgelopen vrijdag" (issue 19 item 9; rules.md §3.4
/// "class + date combinations that single someone out"). Together they point at one person even
/// without a name or a date. "Right next to" is at most `maxGap` words apart, in one sentence, so a
/// newsletter's "vorige week hebben de leerlingen van groep 8 …" is not flagged.
enum RelativeDateScanner {
  /// How many words may stand between the class or role and the moment.
  static let maxGap = 3

  /// The spans from the class or role to the moment (or back).
  static func scan(_ t: ScalarText) -> [(start: Int, end: Int)] {
    let w = t.words
    var wordAt: [Int: Int] = [:]
    for (k, word) in w.enumerated() {
      wordAt[word.start] = k
      wordAt[word.end] = k
    }
    let anchors = ClassDateScanner.classes(t).map { c in
      (start: c.start, end: c.end, first: wordAt[c.start] ?? c.word, last: wordAt[c.end] ?? c.word)
    } + roles(t).map { (start: w[$0].start, end: w[$0].end, first: $0, last: $0) }
    var startingAt: [Int: Int] = [:]
    var endingAt: [Int: Int] = [:]
    for m in moments(t) {
      startingAt[m.first] = m.last
      endingAt[m.last] = m.first
    }
    let sentence = ClassDateScanner.sentenceNumbers(t)
    var out: [(Int, Int)] = []
    var seen = Set<[Int]>()
    for a in anchors {
      // The nearest moment after the anchor, else before it, at most `maxGap` words away.
      let after = (a.last + 1...a.last + 1 + maxGap).lazy.compactMap { f in startingAt[f].map { (first: f, last: $0) } }.first
      let before = (max(0, a.first - 1 - maxGap)...max(0, a.first - 1)).reversed().lazy
        .compactMap { l in l < a.first ? endingAt[l].map { (first: $0, last: l) } : nil }.first
      guard let m = [after, before].compactMap({ $0 }).first(where: { sentence[w[$0.first].start] == sentence[a.start] }) else { continue }
      let span = (min(a.start, w[m.first].start), max(a.end, w[m.last].end))
      if seen.insert([span.0, span.1]).inserted { out.append(span) }
    }
    return out
  }

  /// Indices of role words ("docent", "conciërge", "teacher").
  static func roles(_ t: ScalarText) -> [Int] {
    t.words.indices.filter { k in
      CommunicationLexicon.roles.contains { r in
        r.hasSuffix("*") ? t.words[k].lower.hasPrefix(String(r.dropLast())) : t.words[k].lower == r
      }
    }
  }

  /// Relative moments as word ranges; a weekday right after "vorige week" joins it ("vorige week dinsdag").
  static func moments(_ t: ScalarText) -> [(first: Int, last: Int)] {
    let w = t.words
    var out: [(Int, Int)] = []
    var k = 0
    while k < w.count {
      let best = candidates(w[k].lower).filter { seq in
        k + seq.count <= w.count && zip(seq, w[k..<(k + seq.count)]).allSatisfy { p, word in
          p.hasSuffix("*") ? word.lower.hasPrefix(String(p.dropLast())) : word.lower == p
        }
      }.max { $0.count < $1.count }
      guard let best else {
        k += 1
        continue
      }
      var last = k + best.count - 1
      if last + 1 < w.count, weekday(w[last + 1].lower) { last += 1 }
      out.append((k, last))
      k = last + 1
    }
    return out
  }

  /// The relative moments that may start with `word`: indexed by a whole first word, plus those
  /// whose first word is a prefix (a weekday).
  static func candidates(_ word: String) -> [[String]] {
    (momentsByFirstWord[word] ?? []) + momentsWithPrefixFirst.filter { word.hasPrefix(String($0[0].dropLast())) }
  }

  /// `CommunicationLexicon.relativeMoments` by their whole first word, built once.
  static let momentsByFirstWord: [String: [[String]]] = Dictionary(
    grouping: CommunicationLexicon.relativeMoments.filter { !($0.first ?? "").hasSuffix("*") }, by: { $0[0] })
  /// The relative moments whose first word is a prefix (`dinsdag*` of "dinsdag jongstleden").
  static let momentsWithPrefixFirst = CommunicationLexicon.relativeMoments.filter { ($0.first ?? "").hasSuffix("*") }

  /// A Dutch or English weekday (with a part of the day: "dinsdagochtend").
  static func weekday(_ s: String) -> Bool {
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday"].contains { s.hasPrefix($0) }
  }
}
