import JSON
import JSONRPC
import Registers

/// Whether a described audit answer (`ReadAudit`) contained a given record, decided exactly from
/// what the registers keep. An answer is described as "the records of register G alive at journal
/// position N" (`through`), optionally narrowed to those meeting a filter (`filter`, `AuditFilter`)
/// and to a stretch of the creation order (`createdFrom`…`createdTo`, a listing's page). So:
///
/// - a live record's history starts with its creation (`HistoryEntry.seq`) and keeps its earlier
///   versions (`HistoryEntry.before`), so the filter is tested against the record as it was at N:
///   a correction or status change after the read does not change the answer;
/// - a removed record's removal line keeps when it was created (`createdSeq`), when it was removed
///   (its `seq`) and, decided just before it was removed, the filtered events that held it
///   (`heldBy`, `AuditRemovals`).
///
/// So "who read R-2026-0001" is answered exactly also after the record was purged and erased from
/// the files, and after snapshots and restarts (AVG art. 5(2); Protocol/access.md, "Audit of reads").
struct AuditMembership {
  /// The describing members (`answer` of an audit event).
  static let register = "register", through = "through", count = "count"
  /// The creation positions of a page's first and last record.
  static let createdFrom = "createdFrom", createdTo = "createdTo"
  /// The removal-line member naming the filtered audit events that held the removed record.
  static let heldBy = "heldBy"
  /// The answer's record ids, carried from the handler to the audit writer only (never journaled):
  /// a record removed between the read and its audit is named instead (`recordAudit`).
  static let returnedIDs = "returned"

  /// The description of an answer of every record of `register` alive at `through`.
  static func whole(_ register: Register, count: Int) -> AuditedAnswer {
    .described([
      Self.register: .string(register.name), Self.through: .int(Int(register.appliedThrough)), Self.count: .int(count),
    ])
  }

  /// The description of `selected` (read from `register`): the records meeting `filter` (if any),
  /// and for a listing's page only those created from the first to the last of the page.
  static func described(_ selected: [JSONObject], of register: Register, filter: AuditFilter?, page: Bool) -> AuditedAnswer {
    var d: JSONObject = [
      Self.register: .string(register.name), Self.through: .int(Int(register.appliedThrough)),
      Self.count: .int(selected.count),
    ]
    let created = { (r: JSONObject?) -> JSONValue in
      .int(Int(r?["id"]?.stringValue.flatMap { register.histories[$0]?.first?.seq } ?? 0))
    }
    if page {
      d[createdFrom] = created(selected.first)
      d[createdTo] = created(selected.last)
    }
    if let filter {
      d[AuditFilter.member] = .object(filter.params)
      d[returnedIDs] = .array(selected.compactMap { $0["id"] })
    }
    return .described(d)
  }

  /// When the record was created and (if it was) removed, and the filtered events that held it.
  let created: UInt64?
  let removed: UInt64?
  let heldBy: Set<String>

  /// The lifetime of `id` in `register`.
  init(_ id: String, in register: Register) {
    if let first = register.histories[id]?.first, register[id] != nil {
      created = first.seq
      removed = nil
      heldBy = []
      return
    }
    var created: UInt64? = nil
    var removed: UInt64? = nil
    var held: Set<String> = []
    for line in register.removals.reversed() where line.change["id"]?.stringValue == id {
      created = line.change["createdSeq"]?.intValue.map { UInt64($0) }
      removed = line.seq
      held = Set((line.change[Self.heldBy]?.arrayValue ?? []).compactMap(\.stringValue))
      break
    }
    self.created = created
    self.removed = removed
    self.heldBy = held
  }

  /// True when the record was alive at journal position `through`: created at or before it and
  /// not removed by then.
  func alive(through: UInt64) -> Bool {
    guard let created, created <= through else { return false }
    if let removed { return removed > through }
    return true
  }

  /// True when the audit event `event` (an `audit.read` record) returned record `id` of `register`;
  /// `filters` builds (and may cache) the test of a filter on that register.
  static func returned(
    _ id: String, event: JSONObject, in register: Register, life: AuditMembership,
    filters: (AuditFilter) throws(RPCError) -> ((JSONObject) -> Bool)?
  ) throws(RPCError) -> Bool {
    if (event["recordIds"]?.arrayValue ?? []).contains(.string(id)) { return true }
    guard let answer = event["answer"]?.objectValue, answer[Self.register]?.stringValue == register.name,
      let n = answer[through]?.intValue, n >= 0
    else { return false }
    let through = UInt64(n)
    guard life.alive(through: through), let created = life.created else { return false }
    if let from = answer[createdFrom]?.intValue, let to = answer[createdTo]?.intValue,
      created < UInt64(max(0, from)) || created > UInt64(max(0, to))
    {
      return false
    }
    guard let filter = AuditFilter(answer: answer) else { return true }
    // Removed since: the removal line says which filtered events held it.
    if life.removed != nil { return event["id"]?.stringValue.map(life.heldBy.contains) ?? false }
    guard let test = try filters(filter), let version = register.version(of: id, at: through) else { return false }
    return test(version)
  }
}
