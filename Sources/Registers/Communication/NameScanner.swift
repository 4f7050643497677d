/// Finds people's names (rules.md §3.4: "no names"): names known to avgd's registers (whole, and a
/// first name or surname alone when capitalised, particles such as "de" or "van" never alone), and
/// capitalised words after a title ("mevrouw Jansen", "Mr Smith") whoever they are; the title form
/// is taken first, so its span includes the title. Names in `allowed` (the recipient of an art. 34
/// notice) are not flagged.
enum NameScanner {
  /// The name spans in `t`.
  static func scan(_ t: ScalarText, known: [String], allowed: [String]) -> [(start: Int, end: Int)] {
    let allowedWords = Set(allowed.flatMap { ScalarText($0).words.map(\.lower) })
    var out: [(Int, Int)] = []
    var taken = Set<Int>()
    let names = Set(known.map { ScalarText($0).words.map(\.lower) }.filter { !$0.isEmpty })
    let w = t.words
    for k in w.indices where CommunicationLexicon.titles.contains(w[k].lower) && !taken.contains(k) {
      var last = k
      var j = k + 1
      while j < w.count, j - last <= 2, gapIsSpace(t, w[j - 1].end, w[j].start),
        w[j].capitalised || CommunicationLexicon.particles.contains(w[j].lower)
      {
        if w[j].capitalised && !CommunicationLexicon.particles.contains(w[j].lower) { last = j }
        j += 1
      }
      guard last > k, !(k + 1...last).allSatisfy({ allowedWords.contains(w[$0].lower) || taken.contains($0) }) else { continue }
      out.append((w[k].start, w[last].end))
      taken.formUnion(k...last)
    }
    for name in names.sorted(by: { $0.count > $1.count }) where !name.allSatisfy(allowedWords.contains) {
      for k in w.indices where k + name.count <= w.count && !taken.contains(k) {
        guard zip(w[k..<(k + name.count)], name).allSatisfy({ $0.lower == $1 }) else { continue }
        out.append((w[k].start, w[k + name.count - 1].end))
        taken.formUnion(k..<(k + name.count))
      }
    }
    let parts = Set(names.flatMap { $0 }.filter { $0.count >= 3 && !CommunicationLexicon.particles.contains($0) })
    for k in w.indices where !taken.contains(k) && w[k].capitalised && parts.contains(w[k].lower) && !allowedWords.contains(w[k].lower) {
      out.append((w[k].start, w[k].end))
      taken.insert(k)
    }
    return out
  }

  /// True when only spaces (and a title's full stop) lie between two words.
  static func gapIsSpace(_ t: ScalarText, _ from: Int, _ to: Int) -> Bool {
    (from..<to).allSatisfy { t.scalars[$0] == " " || t.scalars[$0] == "." && $0 == from }
  }
}
