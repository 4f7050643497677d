import JSON
import Wording

extension Register {
  /// One page of the records matching `filter` (every record when `filter` is nil), in creation
  /// order, after `cursor` (an id returned as `nextCursor` by the previous page). Records created
  /// later never shift a page. Without a filter the page is read by position: O(limit).
  public func page(after cursor: String?, limit: Int, where filter: ((JSONObject) -> Bool)?) throws(RegisterError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    let start = try start(after: cursor)
    guard let filter else {
      if scope != nil { return page(from: start, limit: limit) { k in visible(k) != nil } }
      var items: [JSONObject] = []
      var next: String? = nil
      var k = start
      while k < slots.count {
        if let r = slots[k].record {
          if items.count < limit { items.append(r) } else { next = items.last?["id"]?.stringValue; break }
        }
        k += 1
      }
      return (items, next, count)
    }
    return page(from: start, limit: limit) { k in visible(k).map(filter) ?? false }
  }

  /// One page of the records meeting every condition, like `page(after:limit:where:)` but read
  /// from the facet rows: the records themselves are touched only for the page. Throws for a
  /// facet this register does not keep.
  public func page(after cursor: String?, limit: Int, matching conditions: [FacetCondition]) throws(RegisterError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    let start = try start(after: cursor)
    guard let rows = facetRows else { throw RegisterError.invalid("filter", Texts.Registers.keepsNoFacets(name).string) }
    let q = try rows.query(conditions)
    guard let candidates = q.candidates else {
      // Row tests only: a tight loop over the rows, touching no record.
      let tests = q.tests
      return page(from: start, limit: limit) { k in rows.matches(k, tests) && (scope == nil || visible(k) != nil) }
    }
    // A many-valued facet: only the records its postings name.
    var page = PageTaker(start: start, limit: limit)
    for k in candidates where k < slots.count && rows.matches(k, q, { visible(k) }) && visible(k) != nil { page.take(k, slots) }
    return page.result
  }

  /// True when `record` meets every condition, tested as a listing of this register tests its rows
  /// (for the audit of a filtered read, on a record as it was). Throws for a facet this register
  /// does not keep; false in a register that keeps no facets (no listing of it takes conditions).
  public func record(_ record: JSONObject, meets conditions: [FacetCondition]) throws(RegisterError) -> Bool {
    guard let facets = kind.facets else { return false }
    var rows = FacetRows(facets)
    rows.set(0, record)
    let q = try rows.query(conditions)
    return rows.matches(0, q) { record }
  }

  /// Every record meeting every condition, in creation order (exports).
  public func all(matching conditions: [FacetCondition]) throws(RegisterError) -> [JSONObject] {
    guard let rows = facetRows else { throw RegisterError.invalid("filter", Texts.Registers.keepsNoFacets(name).string) }
    let q = try rows.query(conditions)
    guard let candidates = q.candidates else {
      let tests = q.tests
      return slots.indices.compactMap { k in rows.matches(k, tests) ? visible(k) : nil }
    }
    return candidates.compactMap { k in k < slots.count && rows.matches(k, q, { visible(k) }) ? visible(k) : nil }
  }

  /// The slot after `cursor` (0 without one).
  private func start(after cursor: String?) throws(RegisterError) -> Int {
    guard let cursor else { return 0 }
    guard let p = position[cursor], visible(p) != nil else { throw RegisterError.invalid("cursor", Texts.Registers.notACursor.string) }
    return p + 1
  }

  /// Counts the slots `matches` accepts and takes the first `limit` of them from `start`.
  private func page(from start: Int, limit: Int, _ matches: (Int) -> Bool)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    var page = PageTaker(start: start, limit: limit)
    for k in slots.indices where matches(k) { page.take(k, slots) }
    return page.result
  }

  /// Every record matching `filter`, in creation order (exports).
  public func all(where filter: (JSONObject) -> Bool) -> [JSONObject] {
    slots.indices.compactMap { k in visible(k).flatMap { filter($0) ? $0 : nil } }
  }

  /// The records the register's index holds with a key at most `bound` (all of them when nil),
  /// in creation order; `nil` when the register keeps no index (the caller then scans).
  public func indexed(upTo bound: Int64? = nil) -> [JSONObject]? {
    guard let index else { return nil }
    return index.ids(upTo: bound).compactMap { position[$0] }.sorted().compactMap(visible)
  }

  /// The register's state for a snapshot.
  public var snapshot: JSONValue {
    let live = slots.compactMap { s in s.record.map { (s.id, $0) } }
    return [
      "records": .array(live.map { .object($0.1) }),
      "histories": .object(JSONObject(live.map { id, _ in (id, .array((histories[id] ?? []).map(\.snapshotJSON))) })),
      "counters": .object(JSONObject(counters.sorted { $0.key < $1.key }.map { (String($0.key), .int($0.value)) })),
      "removals": .array(removals.map(\.json)),
    ]
  }

  /// Rebuilds the state from `snapshot`.
  public mutating func restore(_ snapshot: JSONValue) {
    for r in snapshot["records"]?.arrayValue ?? [] {
      guard let o = r.objectValue, let id = o["id"]?.stringValue else { continue }
      if let p = position[id] {
        slots[p].record = o
        facetRows?.set(p, o)
      } else {
        insert(id, o)
      }
      index?.update(id, o)
    }
    for m in snapshot["histories"]?.objectValue ?? JSONObject() {
      histories[m.key] = (m.value.arrayValue ?? []).map(Self.entry)
    }
    for m in snapshot["counters"]?.objectValue ?? JSONObject() {
      if let y = Int(m.key), let n = m.value.intValue { counters[y] = n }
    }
    removals = (snapshot["removals"]?.arrayValue ?? []).map(Self.entry)
    for h in histories.values { if let last = h.last { appliedThrough = max(appliedThrough, last.seq) } }
    if let last = removals.last { appliedThrough = max(appliedThrough, last.seq) }
  }

  /// A history line from its snapshot JSON.
  static func entry(_ h: JSONValue) -> HistoryEntry {
    HistoryEntry(
      seq: UInt64(h["seq"]?.intValue ?? 0), at: h["at"]?.stringValue ?? "", actor: h["actor"]?.stringValue ?? "",
      type: h["event"]?.stringValue ?? "", change: h["change"]?.objectValue ?? JSONObject(),
      before: h["before"]?.objectValue)
  }
}

/// A page collected while the matches are counted: every match counts towards `total`, the first
/// `limit` from `start` are the items, and the last of them is the next cursor when more follow.
private struct PageTaker {
  let start: Int
  let limit: Int
  private var items: [JSONObject] = []
  private var next: String? = nil
  private var total = 0

  init(start: Int, limit: Int) {
    self.start = start
    self.limit = limit
  }

  /// Counts the match at slot `k` and takes it if the page has room.
  mutating func take(_ k: Int, _ slots: [(id: String, record: JSONObject?)]) {
    total += 1
    guard k >= start, let r = slots[k].record else { return }
    if items.count < limit { items.append(r) } else if next == nil { next = items.last?["id"]?.stringValue }
  }

  var result: (items: [JSONObject], nextCursor: String?, total: Int) { (items, next, total) }
}
