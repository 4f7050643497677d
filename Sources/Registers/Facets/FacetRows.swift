import JSON

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

  /// "No value" in a row.
  static let absent = Int64.min
  /// A value no row ever holds (a text no record has).
  static let never = Int64.min + 1

  /// Empty rows for `facets`.
  init(_ facets: RegisterFacets) {
    self.facets = facets
    self.stride = facets.names.count + 1
  }

  /// Number of rows.
  var count: Int { values.count / stride }

  /// Sets row `position` from `record` (nil: a hole); `position == count` appends a row.
  mutating func set(_ position: Int, _ record: JSONObject?) {
    if position == count { values.append(contentsOf: repeatElement(Self.absent, count: stride)) }
    let base = position * stride
    guard let record else {
      for k in base..<(base + stride) { values[k] = Self.absent }
      values[base] = 0
      return
    }
    values[base] = 1
    for (k, v) in facets.values(record).prefix(stride - 1).enumerated() { values[base + 1 + k] = intern(v) }
  }

  /// Rebuilds every row from `records` (after a compaction moved the slots).
  mutating func rebuild(_ records: [JSONObject?]) {
    values.removeAll(keepingCapacity: true)
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

  /// `conditions` as tests on the rows; throws (the facet's name as field) for a facet this
  /// register does not keep. A text no record has becomes `never`, so it matches nothing.
  func tests(_ conditions: [FacetCondition]) throws(RegisterError) -> [Test] {
    try conditions.map { c throws(RegisterError) in
      let (name, kind, value): (String, Test.Kind, Int64)
      switch c {
      case .equals(let n, .none): (name, kind, value) = (n, .equals, Self.absent)
      case .equals(let n, .number(let x)): (name, kind, value) = (n, .equals, x)
      case .equals(let n, .text(let s)): (name, kind, value) = (n, .equals, symbols[s] ?? Self.never)
      case .below(let n, let x): (name, kind, value) = (n, .below, x)
      case .notBelow(let n, let x): (name, kind, value) = (n, .notBelow, x)
      case .atLeast(let n, let x): (name, kind, value) = (n, .atLeast, x)
      }
      guard let column = facets.column(name) else { throw RegisterError.invalid(name, "is not a filter of this register") }
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
