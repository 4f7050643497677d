import JSON

/// The shared register mechanism: records by id in creation order, their histories, id
/// numbering per year, listing with stable cursors. Every register (requests, breaches,
/// processors, sharing, complaints) is one of these plus its own commands and rules.
public struct Register: Sendable {
  /// The register's name, also the event-type prefix (`requests`).
  public let name: String
  /// The id prefix (`R` gives `R-2026-0042`).
  public let idPrefix: String
  /// Records by id.
  public private(set) var records: [String: JSONObject] = [:]
  /// Ids in creation order (the stable listing order).
  public private(set) var order: [String] = []
  /// Position of each id in `order` (for cursors).
  private var position: [String: Int] = [:]
  /// Histories by id.
  public private(set) var histories: [String: [HistoryEntry]] = [:]
  /// Last number used per year.
  private var counters: [Int: Int] = [:]
  /// The accountability lines of removed records (what was removed, when, under which rule), in
  /// journal order: the record and its history are gone, this line stays (AVG art. 5(2)).
  public private(set) var removals: [HistoryEntry] = []

  /// An empty register.
  public init(name: String, idPrefix: String) {
    self.name = name
    self.idPrefix = idPrefix
  }

  /// The next id for a record created in `year`: `R-2026-0001`, never reused.
  public func nextID(year: Int) -> String {
    let n = (counters[year] ?? 0) + 1
    let digits = String(n)
    return "\(idPrefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
  }

  /// The record with `id`.
  public subscript(id: String) -> JSONObject? { records[id] }

  /// Applies a journaled event: upsert of the record, a history line, the id counter. An event
  /// with `removed: true` removes the record and keeps its line in `removals`.
  public mutating func apply(_ event: RegisterEvent) {
    if event.data["removed"]?.boolValue == true, let id = event.data["id"]?.stringValue {
      remove(id)
      removals.append(
        HistoryEntry(
          seq: event.seq, at: event.at, actor: event.actor, type: event.type,
          change: event.data["change"]?.objectValue ?? JSONObject()))
      return
    }
    guard let id = event.data["id"]?.stringValue, let record = event.data["record"]?.objectValue else { return }
    if records[id] == nil {
      position[id] = order.count
      order.append(id)
      let parts = id.split(separator: "-")
      if parts.count == 3, let year = Int(parts[1]), let n = Int(parts[2]) { counters[year] = max(counters[year] ?? 0, n) }
    }
    records[id] = record
    histories[id, default: []].append(
      HistoryEntry(
        seq: event.seq, at: event.at, actor: event.actor, type: event.type,
        change: event.data["change"]?.objectValue ?? JSONObject()))
  }

  /// Removes a record and its history (retention purge, erasure). The id stays used.
  public mutating func remove(_ id: String) {
    guard records.removeValue(forKey: id) != nil else { return }
    histories[id] = nil
    if let p = position.removeValue(forKey: id) {
      order.remove(at: p)
      for k in p..<order.count { position[order[k]] = k }
    }
  }

  /// One page of the records matching `filter`, in creation order, after `cursor` (an id
  /// returned as `nextCursor` by the previous page). Records created later never shift a page.
  public func page(after cursor: String?, limit: Int, where filter: (JSONObject) -> Bool) throws(RegisterError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    var start = 0
    if let cursor {
      guard let p = position[cursor] else { throw RegisterError.invalid("cursor", "is not a cursor of this register") }
      start = p + 1
    }
    var items: [JSONObject] = []
    var total = 0
    var next: String? = nil
    for (k, id) in order.enumerated() {
      guard let r = records[id], filter(r) else { continue }
      total += 1
      if k >= start {
        if items.count < limit { items.append(r) } else if next == nil { next = items.last?["id"]?.stringValue }
      }
    }
    return (items, next, total)
  }

  /// Every record matching `filter`, in creation order (exports).
  public func all(where filter: (JSONObject) -> Bool) -> [JSONObject] {
    order.compactMap { records[$0] }.filter(filter)
  }

  /// The register's state for a snapshot.
  public var snapshot: JSONValue {
    [
      "records": .array(order.compactMap { records[$0].map { JSONValue.object($0) } }),
      "histories": .object(JSONObject(order.map { id in (id, .array((histories[id] ?? []).map(\.json))) })),
      "counters": .object(JSONObject(counters.sorted { $0.key < $1.key }.map { (String($0.key), .int($0.value)) })),
      "removals": .array(removals.map(\.json)),
    ]
  }

  /// Rebuilds the state from `snapshot`.
  public mutating func restore(_ snapshot: JSONValue) {
    for r in snapshot["records"]?.arrayValue ?? [] {
      guard let o = r.objectValue, let id = o["id"]?.stringValue else { continue }
      position[id] = order.count
      order.append(id)
      records[id] = o
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
