import JSON

extension Register {
  /// One page of the records matching `filter` (every record when `filter` is nil), in creation
  /// order, after `cursor` (an id returned as `nextCursor` by the previous page). Records created
  /// later never shift a page. Without a filter the page is read by position: O(limit).
  public func page(after cursor: String?, limit: Int, where filter: ((JSONObject) -> Bool)?) throws(RegisterError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    var start = 0
    if let cursor {
      guard let p = position[cursor] else { throw RegisterError.invalid("cursor", "is not a cursor of this register") }
      start = p + 1
    }
    var items: [JSONObject] = []
    var next: String? = nil
    guard let filter else {
      var k = start
      while k < slots.count {
        if let r = slots[k].record {
          if items.count < limit { items.append(r) } else { next = items.last?["id"]?.stringValue; break }
        }
        k += 1
      }
      return (items, next, count)
    }
    var total = 0
    for (k, slot) in slots.enumerated() {
      guard let r = slot.record, filter(r) else { continue }
      total += 1
      if k >= start {
        if items.count < limit { items.append(r) } else if next == nil { next = items.last?["id"]?.stringValue }
      }
    }
    return (items, next, total)
  }

  /// Every record matching `filter`, in creation order (exports).
  public func all(where filter: (JSONObject) -> Bool) -> [JSONObject] {
    slots.compactMap { $0.record.flatMap { filter($0) ? $0 : nil } }
  }

  /// The records the register's index holds with a key at most `bound` (all of them when nil),
  /// in creation order; `nil` when the register keeps no index (the caller then scans).
  public func indexed(upTo bound: Int64? = nil) -> [JSONObject]? {
    guard let index else { return nil }
    return index.ids(upTo: bound).compactMap { position[$0] }.sorted().compactMap { slots[$0].record }
  }

  /// The register's state for a snapshot.
  public var snapshot: JSONValue {
    let live = slots.compactMap { s in s.record.map { (s.id, $0) } }
    return [
      "records": .array(live.map { .object($0.1) }),
      "histories": .object(JSONObject(live.map { id, _ in (id, .array((histories[id] ?? []).map(\.json))) })),
      "counters": .object(JSONObject(counters.sorted { $0.key < $1.key }.map { (String($0.key), .int($0.value)) })),
      "removals": .array(removals.map(\.json)),
    ]
  }

  /// Rebuilds the state from `snapshot`.
  public mutating func restore(_ snapshot: JSONValue) {
    for r in snapshot["records"]?.arrayValue ?? [] {
      guard let o = r.objectValue, let id = o["id"]?.stringValue else { continue }
      if let p = position[id] { slots[p].record = o } else { insert(id, o) }
      index?.update(id, o)
    }
    for m in snapshot["histories"]?.objectValue ?? JSONObject() {
      histories[m.key] = (m.value.arrayValue ?? []).map(Self.entry)
    }
    for m in snapshot["counters"]?.objectValue ?? JSONObject() {
      if let y = Int(m.key), let n = m.value.intValue { counters[y] = n }
    }
    removals = (snapshot["removals"]?.arrayValue ?? []).map(Self.entry)
  }

  /// A history line from its snapshot JSON.
  static func entry(_ h: JSONValue) -> HistoryEntry {
    HistoryEntry(
      seq: UInt64(h["seq"]?.intValue ?? 0), at: h["at"]?.stringValue ?? "", actor: h["actor"]?.stringValue ?? "",
      type: h["event"]?.stringValue ?? "", change: h["change"]?.objectValue ?? JSONObject())
  }
}
