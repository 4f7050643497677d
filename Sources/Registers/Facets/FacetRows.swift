import JSON
import Wording

/// The facet values of a register's records, one row per slot of `Register.slots` (same
/// positions), flat in one array: `[live, value₀, value₁, …]` per row, texts interned.
struct FacetRows: Sendable {
  /// The facets kept.
  let facets: RegisterFacets
  /// Values per row: `stride` entries each; the first is 1 for a live record, 0 for a hole.
  private(set) var values: [Int64] = []
  /// Numbers given to texts, the same across facets.
  private var symbols: [String: Int64] = [:]
  /// Entries per row.
  let stride: Int
  /// Per many-valued facet, where each text occurs.
  private var postings: [FacetPostings]
  /// True while no live record has been changed in place since the last rebuild: the postings then
  /// name exactly the records holding each text (registers that only grow, like the audit trail),
  /// and a listing need not read the records to check them.
  private var postingsExact = true

  /// "No value" in a row.
  static let absent = Int64.min
  /// A value no row ever holds (a text no record has).
  static let never = Int64.min + 1

  /// Empty rows for `facets`.
  init(_ facets: RegisterFacets) {
    self.facets = facets
    self.stride = facets.names.count + 1
    self.postings = Array(repeating: FacetPostings(), count: facets.manyNames.count)
  }

  /// Number of rows.
  var count: Int { values.count / stride }

  /// Sets row `position` from `record` (nil: a hole); `position == count` appends a row.
  mutating func set(_ position: Int, _ record: JSONObject?) {
    let appended = position == count
    if appended { values.append(contentsOf: repeatElement(Self.absent, count: stride)) }
    let base = position * stride
    let wasLive = !appended && values[base] == 1
    guard let record else {
      for k in base..<(base + stride) { values[k] = Self.absent }
      values[base] = 0
      return
    }
    values[base] = 1
    for (k, v) in facets.values(record).prefix(stride - 1).enumerated() { values[base + 1 + k] = intern(v) }
    guard !postings.isEmpty else { return }
    if wasLive { postingsExact = false }
    for (m, texts) in facets.manyValues(record).prefix(postings.count).enumerated() { postings[m].add(position, texts) }
  }

  /// Rebuilds every row from `records` (after a compaction moved the slots).
  mutating func rebuild(_ records: [JSONObject?]) {
    values.removeAll(keepingCapacity: true)
    for m in postings.indices { postings[m].removeAll() }
    postingsExact = true
    for (k, r) in records.enumerated() { set(k, r) }
  }

  private mutating func intern(_ v: RegisterFacets.Value) -> Int64 {
    switch v {
    case .none: return Self.absent
    case .number(let n): return n
    case .text(let s):
      if let n = symbols[s] { return n }
      let n = Int64(symbols.count)
      symbols[s] = n
      return n
    }
  }

  /// A `FacetCondition` turned into a column and integers, ready to test rows with.
  struct Test {
    /// How the row's value is compared with `value`.
    enum Kind { case equals, below, notBelow, atLeast }
    /// The value's offset within a row (1 + the facet's column).
    let column: Int
    /// The comparison.
    let kind: Kind
    /// The number (or interned text) compared with.
    let value: Int64
  }

  /// A listing's conditions, ready to run: tests on the rows, and for many-valued facets the texts
  /// to find plus the positions worth looking at (nil: every position).
  struct Query {
    /// Tests on the row values.
    let tests: [Test]
    /// (many-valued facet, text) pairs every match must hold.
    let contains: [(facet: Int, text: String)]
    /// Ascending positions that can match (the shortest postings list), or nil to look at all.
    let candidates: [Int]?
    /// The postings list of each `contains` pair, in the same order.
    let lists: [[Int]]
    /// True when the lists are exact, so membership needs no look at the record.
    let exact: Bool
  }

  /// `conditions` as a query; throws (the facet's name as field) for a facet this register does
  /// not keep.
  func query(_ conditions: [FacetCondition]) throws(RegisterError) -> Query {
    var plain: [FacetCondition] = []
    var contains: [(facet: Int, text: String)] = []
    var candidates: [Int]? = nil
    var lists: [[Int]] = []
    for c in conditions {
      guard case .contains(let name, let text) = c else {
        plain.append(c)
        continue
      }
      guard let m = facets.manyNames.firstIndex(of: name) else {
        throw RegisterError.invalid(name, Texts.Registers.notAFilter.string)
      }
      contains.append((m, text))
      let found = postings[m].positions(text)
      lists.append(found)
      if candidates == nil || found.count < (candidates?.count ?? 0) { candidates = found }
    }
    return Query(tests: try tests(plain), contains: contains, candidates: candidates, lists: lists, exact: postingsExact)
  }

  /// True when row `position` meets the whole query; `record` is read only when the postings may
  /// be stale.
  func matches(_ position: Int, _ q: Query, _ record: () -> JSONObject?) -> Bool {
    guard matches(position, q.tests) else { return false }
    guard !q.contains.isEmpty else { return true }
    if q.exact { return q.lists.allSatisfy { Self.holds($0, position) } }
    guard let record = record() else { return false }
    let texts = facets.manyValues(record)
    return q.contains.allSatisfy { c in c.facet < texts.count && texts[c.facet].contains(c.text) }
  }

  /// True when the ascending `list` holds `position` (binary search).
  private static func holds(_ list: [Int], _ position: Int) -> Bool {
    var lo = 0, hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid] < position { lo = mid + 1 } else { hi = mid }
    }
    return lo < list.count && list[lo] == position
  }

  /// `conditions` as tests on the rows; throws (the facet's name as field) for a facet this
  /// register does not keep. A text no record has becomes `never`, so it matches nothing.
  func tests(_ conditions: [FacetCondition]) throws(RegisterError) -> [Test] {
    try conditions.map { c throws(RegisterError) in
      let (name, kind, value): (String, Test.Kind, Int64)
      switch c {
      case .contains(let n, _): throw RegisterError.invalid(n, Texts.Registers.notAFilter.string)
      case .equals(let n, .none): (name, kind, value) = (n, .equals, Self.absent)
      case .equals(let n, .number(let x)): (name, kind, value) = (n, .equals, x)
      case .equals(let n, .text(let s)): (name, kind, value) = (n, .equals, symbols[s] ?? Self.never)
      case .below(let n, let x): (name, kind, value) = (n, .below, x)
      case .notBelow(let n, let x): (name, kind, value) = (n, .notBelow, x)
      case .atLeast(let n, let x): (name, kind, value) = (n, .atLeast, x)
      }
      guard let column = facets.column(name) else { throw RegisterError.invalid(name, Texts.Registers.notAFilter.string) }
      return Test(column: column + 1, kind: kind, value: value)
    }
  }

  /// True when row `position` is a live record meeting every test.
  func matches(_ position: Int, _ tests: [Test]) -> Bool {
    let base = position * stride
    guard values[base] == 1 else { return false }
    for t in tests {
      let v = values[base + t.column]
      switch t.kind {
      case .equals: if v != t.value { return false }
      case .below: if v == Self.absent || v >= t.value { return false }
      case .notBelow: if v != Self.absent && v < t.value { return false }
      case .atLeast: if v == Self.absent || v < t.value { return false }
      }
    }
    return true
  }
}
