/// Finds a class or group named together with a date in one sentence ("klas 3B op 12 maart",
/// "group 5 on 3 March"): together they single out the students of that class on that day, which a
/// neutral message must not (rules.md §3.4, S&V "no details"). A class alone or a date alone is fine.
enum ClassDateScanner {
  /// How far apart (in scalars) a class and a date may be and still count as one detail.
  static let maxDistance = 80

  /// The spans from the class to the date (or the date to the class). Linear in the text: the
  /// sentence of every scalar is computed once and only the dates near each class are looked at, so a
  /// long text full of classes and dates stays fast.
  static func scan(_ t: ScalarText) -> [(start: Int, end: Int)] {
    let classes = classes(t)
    let dates = dates(t, excluding: Set(classes.map(\.word)))  // in text order
    let sentence = sentenceNumbers(t)
    var out: [(Int, Int)] = []
    var seen = Set<[Int]>()
    for c in classes {
      var i = firstDate(dates, startingFrom: c.start - maxDistance - longestDate)
      var best: (start: Int, end: Int)?
      while i < dates.count, dates[i].start <= c.end + maxDistance {
        let d = dates[i]
        i += 1
        guard sentence[d.start] == sentence[c.start], min(abs(d.start - c.end), abs(c.start - d.end)) <= maxDistance else { continue }
        if best.map({ abs(d.start - c.start) < abs($0.start - c.start) }) ?? true { best = d }
      }
      guard let d = best else { continue }
      let span = (min(c.start, d.start), max(c.end, d.end))
      if seen.insert([span.0, span.1]).inserted { out.append(span) }
    }
    return out
  }

  /// More scalars than any date `dates` finds ("12 september 2026" is 17).
  static let longestDate = 40

  /// The index of the first date that starts at or after `position` (binary search; dates are in order).
  static func firstDate(_ dates: [(start: Int, end: Int)], startingFrom position: Int) -> Int {
    var (lo, hi) = (0, dates.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if dates[mid].start < position { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The sentence number of every scalar (and one past the end), computed once; the same rule as
  /// `sentenceIndex`.
  static func sentenceNumbers(_ t: ScalarText) -> [Int] {
    var out = [Int](repeating: 0, count: t.scalars.count + 1)
    var n = 0
    for j in 0..<t.scalars.count {
      out[j] = n
      if endsSentence(t, j) { n += 1 }
    }
    out[t.scalars.count] = n
    return out
  }

  /// True when scalar `j` ends a sentence: `.`, `!`, `?` before a space or the end, or a newline.
  static func endsSentence(_ t: ScalarText, _ j: Int) -> Bool {
    let u = t.scalars[j]
    return u == "\n" || (".!?".unicodeScalars.contains(u) && (t.at(j + 1).map { $0 == " " || $0 == "\n" } ?? true))
  }

  /// Class references: "klas 3B", "groep 5", "3 havo", "4vwo". `word` is the identifier's index.
  static func classes(_ t: ScalarText) -> [(start: Int, end: Int, word: Int)] {
    var out: [(Int, Int, Int)] = []
    let w = t.words
    for k in w.indices {
      if CommunicationLexicon.classWords.contains(w[k].lower), k + 1 < w.count, isClassID(w[k + 1].lower),
        w[k + 1].start - w[k].end <= 2
      {
        out.append((w[k].start, w[k + 1].end, k + 1))
      } else if let type = schoolType(w[k].lower), !type.isEmpty {
        out.append((w[k].start, w[k].end, k))
      } else if w[k].lower.count == 1, isClassID(w[k].lower), k + 1 < w.count,
        CommunicationLexicon.schoolTypes.contains(w[k + 1].lower)
      {
        out.append((w[k].start, w[k + 1].end, k))
      }
    }
    return out
  }

  /// Dates: "12 maart", "3 March 2026", "March 3rd", "12-03-2026", "12/3", "2026-03-12".
  static func dates(_ t: ScalarText, excluding: Set<Int>) -> [(start: Int, end: Int)] {
    var out: [(Int, Int)] = []
    let w = t.words
    for k in w.indices where !excluding.contains(k) {
      if day(w[k].lower), k + 1 < w.count, CommunicationLexicon.months.contains(w[k + 1].lower) {
        out.append((w[k].start, w[k + 1].end))
      } else if CommunicationLexicon.months.contains(w[k].lower), k + 1 < w.count, day(w[k + 1].lower),
        !excluding.contains(k + 1), w[k + 1].start - w[k].end <= 2
      {
        out.append((w[k].start, w[k + 1].end))
      } else if let end = numericDate(t, k) {
        out.append((w[k].start, end))
      }
    }
    return out
  }

  /// A numeric date starting at word `k`: d-m[-y], d/m[/y], d.m.y or yyyy-mm-dd; its end.
  static func numericDate(_ t: ScalarText, _ k: Int) -> Int? {
    let w = t.words
    guard k + 1 < w.count, let a = Int(w[k].lower), let b = Int(w[k + 1].lower), w[k + 1].start == w[k].end + 1,
      let sep = t.at(w[k].end), "-/.".unicodeScalars.contains(sep)
    else { return nil }
    if w[k].lower.count == 4, k + 2 < w.count, let c = Int(w[k + 2].lower), (1...12).contains(b), (1...31).contains(c) {
      return w[k + 2].end
    }
    guard (1...31).contains(a), (1...12).contains(b), w[k].lower.count <= 2, w[k + 1].lower.count <= 2 else { return nil }
    if k + 2 < w.count, w[k + 2].start == w[k + 1].end + 1, t.at(w[k + 1].end) == sep, Int(w[k + 2].lower) != nil {
      return w[k + 2].end
    }
    return sep == "." ? nil : w[k + 1].end
  }

  /// 1–31, optionally with an ordinal suffix (3rd, 12th, 1e).
  static func day(_ s: String) -> Bool {
    let digits = s.prefix { ("0"..."9").contains($0) }
    let rest = s.dropFirst(digits.count)
    guard let n = Int(digits), (1...31).contains(n), digits.count <= 2 else { return false }
    return ["", "st", "nd", "rd", "th", "e", "ste", "de"].contains(String(rest))
  }

  /// 1–2 digits then up to 3 letters: 3, 3b, 12a, 2tl.
  static func isClassID(_ s: String) -> Bool {
    let digits = s.prefix { ("0"..."9").contains($0) }
    return (1...2).contains(digits.count) && s.count - digits.count <= 3
  }

  /// "4vwo" → "vwo"; nil when it is not a year glued to a school type.
  static func schoolType(_ s: String) -> String? {
    let digits = s.prefix { ("0"..."9").contains($0) }
    let rest = String(s.dropFirst(digits.count))
    return digits.count == 1 && CommunicationLexicon.schoolTypes.contains(rest) ? rest : nil
  }

  /// The sentence `i` is in: sentences end at `.`, `!`, `?` before a space or the end, and at newlines.
  static func sentenceIndex(_ t: ScalarText, _ i: Int) -> Int {
    (0..<min(i, t.scalars.count)).filter { endsSentence(t, $0) }.count
  }
}
