import JSON

/// The shared register mechanism: records by id in creation order, their histories, id
/// numbering per year, listing with stable cursors. Every register (requests, breaches,
/// processors, sharing, complaints) is one of these plus its own commands and rules.
///
/// Records are kept in one array in creation order (a removed record leaves a hole until enough
/// holes pile up to compact), so a page is read by position without hashing every id, and the
/// register's `RegisterIndex` (if it has one) lets due lists skip the records they cannot show.
public struct Register: Sendable {
  /// What this register is: name, id prefix, lifecycle, index and facets.
  public let kind: RegisterKind
  /// The register's name, also the event-type prefix (`requests`).
  public var name: String { kind.name }
  /// The id prefix (`R` gives `R-2026-0042`).
  public var idPrefix: String { kind.idPrefix }
  /// Ids and records in creation order; `nil` where a record was removed.
  var slots: [(id: String, record: JSONObject?)] = []
  /// Position of each live id in `slots` (for lookups and cursors).
  var position: [String: Int] = [:]
  /// Histories by id.
  public internal(set) var histories: [String: [HistoryEntry]] = [:]
  /// Last number used per year.
  var counters: [Int: Int] = [:]
  /// The accountability lines of removed records (what was removed, when, under which rule), in
  /// journal order: the record and its history are gone, this line stays (AVG art. 5(2)).
  public internal(set) var removals: [HistoryEntry] = []
  /// The due-list index (`kind.index`), if this register keeps one.
  public internal(set) var index: RegisterIndex?
  /// The filter columns (`kind.facets`), one row per slot, if this register keeps them.
  var facetRows: FacetRows?
  /// The journal position of the last event applied to this register (or, after a restore, of
  /// the last one the restored state shows): a reader's state holds exactly the events at or before
  /// it, which is what a compact audit of a whole-register answer records (`AuditMembership`).
  public internal(set) var appliedThrough: UInt64 = 0

  /// The schools this view of the register is limited to (nil: the whole board). The ledger sets it
  /// from the caller's scope (issue 18 §1); every read below (`self[id]`, pages, `all`, `indexed`,
  /// `count`, `order`) then passes only records `kind.school` lets that caller see, so a record of
  /// another school is as absent as one that never existed.
  public private(set) var scope: [String]?

  /// This register as a caller scoped to `scope` sees it (nil: unscoped). O(1): the storage is shared.
  public func scoped(_ scope: [String]?) -> Register {
    var view = self
    view.scope = scope
    return view
  }

  /// The history of record `id`, or nil when there is none or the view's caller may not see it
  /// (use this, not `histories`, wherever a caller's view is read).
  public func history(of id: String) -> [HistoryEntry]? { self[id] == nil ? nil : histories[id] }

  /// True when the view's caller may see `record`.
  public func isVisible(_ record: JSONObject) -> Bool { kind.school.mayRead(record, scope: scope) }

  /// The record in slot `k` if the view's caller may see it.
  func visible(_ k: Int) -> JSONObject? {
    guard let r = slots[k].record else { return nil }
    return scope == nil || isVisible(r) ? r : nil
  }

  /// An empty register of `kind`, with the index and facets the kind declares.
  public init(kind: RegisterKind) {
    self.kind = kind
    self.index = kind.index
    self.facetRows = kind.facets.map(FacetRows.init)
  }

  /// True when listings can filter on facets (`page(after:limit:matching:)`).
  public var keepsFacets: Bool { facetRows != nil }

  /// Number of records (that the view's caller may see).
  public var count: Int { scope == nil ? position.count : slots.indices.reduce(0) { $0 + (visible($1) == nil ? 0 : 1) } }

  /// Ids in creation order (the stable listing order).
  public var order: [String] { slots.indices.compactMap { visible($0) == nil ? nil : slots[$0].id } }

  /// The next id for a record created in `year`: `R-2026-0001`, never reused.
  public func nextID(year: Int) -> String {
    let n = (counters[year] ?? 0) + 1
    let digits = String(n)
    return "\(idPrefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
  }

  /// The record with `id`.
  public subscript(id: String) -> JSONObject? { position[id].flatMap(visible) }

  /// Applies a journaled event: upsert of the record, a history line, the id counter. An event
  /// with `removed: true` removes the record and keeps its line in `removals`.
  public mutating func apply(_ event: RegisterEvent) {
    appliedThrough = max(appliedThrough, event.seq)
    if event.data["removed"]?.boolValue == true, let id = event.data["id"]?.stringValue {
      var change = event.data["change"]?.objectValue ?? JSONObject()
      // The removal line keeps when the record was created, so the audit of reads can still say
      // whether an answer described as "every record alive at position N" held it (AuditMembership).
      if change["createdSeq"] == nil, let created = histories[id]?.first?.seq { change["createdSeq"] = .int(Int(created)) }
      remove(id)
      // The line names the removed id even when its change does not (an affected-people list's
      // names its breach), so an erasure owed after a crash knows what to erase.
      if change["id"] == nil { change["id"] = .string(id) }
      removals.append(HistoryEntry(seq: event.seq, at: event.at, actor: event.actor, type: event.type, change: change))
      return
    }
    guard let id = event.data["id"]?.stringValue, let record = event.data["record"]?.objectValue else { return }
    var before: JSONObject? = nil
    if let p = position[id] {
      if kind.personalData { before = slots[p].record }
      slots[p].record = record
      facetRows?.set(p, record)
    } else {
      insert(id, record)
      let parts = id.split(separator: "-")
      if parts.count == 3, let year = Int(parts[1]), let n = Int(parts[2]) { counters[year] = max(counters[year] ?? 0, n) }
    }
    index?.update(id, record)
    histories[id, default: []].append(
      HistoryEntry(
        seq: event.seq, at: event.at, actor: event.actor, type: event.type,
        change: event.data["change"]?.objectValue ?? JSONObject(), before: before))
  }

  /// Record `id` as it was just after journal position `seq` (its whole record, whoever the view's
  /// caller is), rebuilt from the earlier versions its history keeps; nil when it did not exist
  /// then, is removed now, or a needed version is not kept. For the audit of filtered reads
  /// (issue 13 §3): a correction or status change after the read does not change what the read's
  /// filter said about the record.
  public func version(of id: String, at seq: UInt64) -> JSONObject? {
    guard let p = position[id], var record = slots[p].record, let lines = histories[id], let first = lines.first,
      first.seq <= seq
    else { return nil }
    for line in lines.reversed() {
      guard line.seq > seq else { break }
      guard let before = line.before else { return nil }
      record = before
    }
    return record
  }

  /// Adds a new record at the end of the creation order.
  mutating func insert(_ id: String, _ record: JSONObject) {
    position[id] = slots.count
    facetRows?.set(slots.count, record)
    slots.append((id, record))
  }

  /// Removes a record and its history (retention purge, erasure). The id stays used.
  public mutating func remove(_ id: String) {
    guard let p = position.removeValue(forKey: id) else { return }
    slots[p].record = nil
    facetRows?.set(p, nil)
    histories[id] = nil
    index?.update(id, nil)
    let holes = slots.count - position.count
    if holes > 64 && holes > position.count { compact() }
  }

  /// Drops the holes of removed records, keeping the creation order.
  private mutating func compact() {
    slots.removeAll { $0.record == nil }
    position.removeAll(keepingCapacity: true)
    for (k, s) in slots.enumerated() { position[s.id] = k }
    facetRows?.rebuild(slots.map(\.record))
  }
}
