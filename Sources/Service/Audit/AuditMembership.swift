import JSON
import JSONRPC
import Registers

/// Whether a described audit answer (`ReadAudit`, "every record of register G alive at journal
/// position N") contained a given record, decided exactly from what the registers keep: a live
/// record's history starts with its creation (`HistoryEntry.seq`), and a removed record's removal
/// line keeps when it was created (`createdSeq`) and when it was removed (its `seq`). So "who read
/// R-2026-0001" is answered exactly also after the record was purged and erased from the files, and
/// after snapshots and restarts (AVG art. 5(2); Protocol/access.md, "Audit of reads").
struct AuditMembership {
  /// The describing members (`answer` of an audit event).
  static let register = "register", through = "through", count = "count"

  /// The description of an answer of every record of `register` alive at `through`.
  static func whole(_ register: Register, count: Int) -> AuditedAnswer {
    .described([
      Self.register: .string(register.name), Self.through: .int(Int(register.appliedThrough)), Self.count: .int(count),
    ])
  }

  /// When the record was created and (if it was) removed, as the register knows it now.
  let created: UInt64?
  let removed: UInt64?

  /// The lifetime of `id` in `register`.
  init(_ id: String, in register: Register) {
    if let first = register.histories[id]?.first, register[id] != nil {
      created = first.seq
      removed = nil
      return
    }
    var created: UInt64? = nil
    var removed: UInt64? = nil
    for line in register.removals.reversed() where line.change["id"]?.stringValue == id {
      created = line.change["createdSeq"]?.intValue.map { UInt64($0) }
      removed = line.seq
      break
    }
    self.created = created
    self.removed = removed
  }

  /// True when the record was alive at journal position `through`: created at or before it and
  /// not removed by then.
  func alive(through: UInt64) -> Bool {
    guard let created, created <= through else { return false }
    if let removed { return removed > through }
    return true
  }

  /// True when the audit event `event` (an `audit.read` record) returned record `id`.
  static func returned(_ id: String, event: JSONObject, lifetimes: (String) -> AuditMembership?) -> Bool {
    if (event["recordIds"]?.arrayValue ?? []).contains(.string(id)) { return true }
    guard let answer = event["answer"]?.objectValue, let name = answer[register]?.stringValue,
      let through = answer[through]?.intValue, let life = lifetimes(name)
    else { return false }
    return life.alive(through: UInt64(through))
  }
}
