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
    let anchors = ClassDateScanner.classes(t).map { (start: $0.start, end: $0.end, first: word(t, $0.start), last: word(t, $0.end - 1)) }
      + roles(t).map { (start: w[$0].start, end: w[$0].end, first: $0, last: $0) }
    let moments = moments(t)
    var out: [(Int, Int)] = []
    for a in anchors {
      let sentence = ClassDateScanner.sentenceIndex(t, a.start)
      let near = moments.filter { m in
        let gap = m.first > a.last ? m.first - a.last - 1 : a.first - m.last - 1
        return gap >= 0 && gap <= maxGap && ClassDateScanner.sentenceIndex(t, w[m.first].start) == sentence
      }
      guard let m = near.first else { continue }
      let span = (min(a.start, w[m.first].start), max(a.end, w[m.last].end))
      if !out.contains(where: { $0 == span }) { out.append(span) }
    }
    return out
  }

  /// The index of the word that contains scalar `i`.
  static func word(_ t: ScalarText, _ i: Int) -> Int {
    t.words.firstIndex { $0.start <= i && i < $0.end } ?? 0
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
      let best = CommunicationLexicon.relativeMoments.filter { seq in
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

  /// A Dutch or English weekday (with a part of the day: "dinsdagochtend").
  static func weekday(_ s: String) -> Bool {
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday"].contains { s.hasPrefix($0) }
  }
}
