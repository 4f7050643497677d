/// Finds student numbers (rules.md §3.4): a run of 6–9 digits standing alone, or any run of 4 or
/// more digits after a word such as "leerlingnummer" / "student number" (the span then includes
/// that word). Runs joined to other digits by `-`, `.`, `/` or `:` (dates, times, amounts) are not
/// student numbers.
enum NumberScanner {
  /// The student numbers in `t`.
  static func studentNumbers(_ t: ScalarText) -> [(start: Int, end: Int)] {
    var out: [(Int, Int)] = []
    for (k, w) in t.words.enumerated() where isDigits(w.lower) {
      let n = w.end - w.start
      let joined = isJoiner(t.at(w.start - 1)) && t.isDigit(w.start - 2) || isJoiner(t.at(w.end)) && t.isDigit(w.end + 1)
      if let kw = keywordStart(t, before: k), n >= 4, !joined {
        out.append((kw, w.end))
      } else if (6...9).contains(n), !joined, t.at(w.start - 1) != "+" {
        out.append((w.start, w.end))
      }
    }
    return out
  }

  /// The start of a student-number word right before word `k` (up to one ":" or "#" between).
  static func keywordStart(_ t: ScalarText, before k: Int) -> Int? {
    for pattern in CommunicationLexicon.studentNumberWords where k >= pattern.count {
      let first = k - pattern.count
      if zip(t.words[first..<k], pattern).allSatisfy({ $0.lower == $1 }) { return t.words[first].start }
    }
    return nil
  }

  static func isDigits(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
  static func isJoiner(_ u: Unicode.Scalar?) -> Bool { u.map { "-./:,".unicodeScalars.contains($0) } ?? false }
}
