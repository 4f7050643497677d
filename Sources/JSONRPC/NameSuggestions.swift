/// The existing names closest to a mistyped one, so "Method not found" and "is not a parameter"
/// tell the caller what they probably meant (issue 16 §4) instead of sending them to the docs.
///
/// Close means: a small edit distance (Levenshtein counting a swap of neighbours as one, case-insensitive: at most 1 for short names, a
/// third of the length for longer ones), or one name containing the other, or the same
/// namespace with a shared start (`breach.list` → `breaches.list`, `requests.lst` → `requests.list`).
public enum NameSuggestions {
  /// Up to `limit` names from `known` closest to `name`, best first (ties in the order given).
  public static func closest(to name: String, in known: [String], limit: Int = 5) -> [String] {
    let typed = Array(name.lowercased())
    guard !typed.isEmpty else { return [] }
    var scored: [(score: Int, index: Int, name: String)] = []
    for (i, candidate) in known.enumerated() {
      let c = Array(candidate.lowercased())
      let d = distance(typed, c)
      let allowed = max(1, min(typed.count, c.count) / 3)
      if d <= allowed {
        scored.append((d, i, candidate))
      } else if c.count >= 3, typed.count >= 3, contains(c, typed) || contains(typed, c) {
        scored.append((allowed + 1 + abs(c.count - typed.count), i, candidate))
      } else if sharedPrefix(typed, c) >= max(4, min(typed.count, c.count) / 2) {
        scored.append((allowed + 2 + d, i, candidate))
      }
    }
    scored.sort { ($0.score, $0.index) < ($1.score, $1.index) }
    return scored.prefix(limit).map(\.name)
  }

  /// The edit distance between `a` and `b` (Levenshtein with swapped neighbours as one edit:
  /// `rigth` is one typo away from `right`).
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// How many leading characters `a` and `b` share.
  static func sharedPrefix(_ a: [Character], _ b: [Character]) -> Int {
    var n = 0
    while n < a.count, n < b.count, a[n] == b[n] { n += 1 }
    return n
  }

  /// True when `needle` occurs in `hay` (`service` in `service.info`).
  static func contains(_ hay: [Character], _ needle: [Character]) -> Bool {
    guard needle.count <= hay.count else { return false }
    for start in 0...(hay.count - needle.count) where hay[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}
