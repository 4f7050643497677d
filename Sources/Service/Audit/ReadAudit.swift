import JSON
import JSONRPC
import Registers
import Rules

/// The audit trail of reads: every call that returns personal data leaves an `audit.read` event in
/// the journal saying who (actor, uid), when, which method and which record ids. The school must be
/// able to show who saw a pupil's data (AVG art. 5(2) accountability, art. 32(1)(b) confidentiality).
///
/// Audit events live in their own register, `audit`, so a retention purge of a data register (which
/// rewrites that register's events) never takes the audit events with it; they are kept for
/// `retentionYears` (Protocol/access.md).
enum ReadAudit {
  /// The register holding the audit events.
  static let register = AuditFacets.register
  /// How long audit events are kept, in years (Protocol/access.md, "Audit of reads").
  static let retentionYears = 5
}

extension AvgdService {
  /// Records that the caller of `context` received the records `ids`. Appended in call order but not
  /// waited for (the next group commit makes it durable; a crash can lose at most the audit events of
  /// the last few milliseconds, never reorder them). If it cannot even be appended, the read fails
  /// with 1100: no personal data leaves unaudited.
  func auditRead(_ context: CallContext, ids: [String]) throws(RPCError) {
    let now = nowInstant
    let at = Amsterdam.format(now)
    let year = Amsterdam.date(of: now).year
    let peer = context.peer
    try ledger.write(ReadAudit.register, actor: peer.actor, at: at, wait: false) { r throws(RegisterError) in
      let id = r.nextID(year: year)
      var record: JSONObject = [
        "id": .string(id), "at": .string(at), "actor": .string(peer.actor), "uid": .int(Int(peer.uid)),
        "method": .string(context.method), "recordIds": .array(ids.map { .string($0) }),
      ]
      // The schools the read was limited to (issue 18 §1); absent for a read for the whole board.
      // Also what `audit.list` scopes on (`RegisterKind.audit`'s school).
      if let scope = context.scope { record["scope"] = .array(scope.map { .string($0) }) }
      return RegisterChange(type: "audit.read", id: id, record: record, change: [:])
    }
  }

  /// Audits a read whose result is `records` (objects with `id`) and returns them unchanged.
  func audited(_ context: CallContext, _ records: [JSONObject]) throws(RPCError) -> [JSONObject] {
    try auditRead(context, ids: records.compactMap { $0["id"]?.stringValue })
    return records
  }
}
