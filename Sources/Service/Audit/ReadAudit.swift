import Foundation
import JSON
import JSONRPC
import Registers
import Rules

/// The audit trail of reads: every call that returns personal data leaves an `audit.read` event in
/// the journal saying who (actor, uid), when, which method and which records. The school must be
/// able to show who saw a pupil's data (AVG art. 5(2) accountability, art. 32(1)(b) confidentiality).
///
/// The dispatcher records it from the method's declaration (`MethodDeclaration.audit`), after the
/// handler succeeded and before the reply is sent; no handler audits by hand.
///
/// An event costs the same journal bytes whatever the answer holds (issue 13 §3): an answer of at
/// most `ServiceConfiguration.auditIdsUpTo` records names them (`recordIds`); a larger answer of a
/// register's `list` or `export` is described as "the records of register G alive at journal
/// position N", with the read's filter (`AuditFilter`) and, for a page, its stretch of the creation
/// order (`answer`), which `AuditMembership` resolves exactly for any record later, also after
/// corrections, purges and restarts (Protocol/access.md, "Audit of reads").
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
  /// Records that the caller of `context` received `answer` (the dispatcher's `Auditor`). Appended
  /// in call order but not waited for (the next group commit makes it durable; a crash can lose at
  /// most the audit events of the last few milliseconds, never reorder them). If it cannot even be
  /// appended, the read fails with 1100: no personal data leaves unaudited.
  func recordAudit(_ context: CallContext, _ answer: AuditedAnswer) throws(RPCError) {
    let now = nowInstant
    let at = Amsterdam.format(now)
    let year = Amsterdam.date(of: now).year
    let peer = context.peer
    func event(_ r: Register, _ answer: AuditedAnswer) -> RegisterChange {
      let id = r.nextID(year: year)
      var record: JSONObject = [
        "id": .string(id), "at": .string(at), "actor": .string(peer.actor), "uid": .int(Int(peer.uid)),
        "method": .string(context.method),
      ]
      switch answer {
      case .ids(let ids): record["recordIds"] = .array(ids.map { .string($0) })
      case .described(let description):
        record["recordIds"] = []
        record["answer"] = .object(description)
      }
      // The schools the read was limited to (issue 18 §1); absent for a read for the whole board.
      // Also what `audit.list` scopes on (`RegisterKind.audit`'s school).
      if let scope = context.scope { record["scope"] = .array(scope.map { .string($0) }) }
      return RegisterChange(type: "audit.read", id: id, record: record, change: [:])
    }
    guard case .described(var description) = answer, let returned = description[AuditMembership.returnedIDs],
      let register = description[AuditMembership.register]?.stringValue
    else {
      try ledger.write(ReadAudit.register, actor: peer.actor, at: at, wait: false) { r throws(RegisterError) in event(r, answer) }
      return
    }
    // A filtered answer: written in the turn of its register's writers, so a removal either comes
    // after it (and notes it in `heldBy`, `AuditRemovals`) or came before it and is seen here: a
    // record returned by the read but removed since is named, as its removal line cannot say.
    description[AuditMembership.returnedIDs] = nil
    let through = UInt64(max(0, description[AuditMembership.through]?.intValue ?? 0))
    try ledger.write(ReadAudit.register, reading: register, actor: peer.actor, at: at, wait: false) {
      r, data throws(RegisterError) in
      let removedSince = Set(data.removals.reversed().prefix(while: { $0.seq > through }).compactMap { $0.change["id"]?.stringValue })
      var change = event(r, .described(description))
      if !removedSince.isEmpty {
        let named = (returned.arrayValue ?? []).filter { $0.stringValue.map(removedSince.contains) ?? false }
        var record = change.record
        record["recordIds"] = .array(named)
        change = RegisterChange(type: change.type, id: change.id, record: record, change: change.change)
      }
      return change
    }
  }
}

extension ReadAudit {
  /// The audit of a method whose answer mentions records of personal-data registers anywhere (a
  /// check's findings, a report's HTML): every such id, found by its shape (`R-2026-0001`) in any
  /// string of the result. Used where no fixed member holds the ids.
  static let mentioned = AuditPolicy.custom { _, result in mentionedIDs(in: result) }

  /// Record ids of personal-data registers (`RegisterKind.personalData`) in the strings of `value`,
  /// in order of appearance, each once.
  static func mentionedIDs(in value: JSONValue) -> [String] {
    var found: [String] = []
    var seen = Set<String>()
    func scan(_ v: JSONValue) {
      switch v {
      case .string(let s):
        guard let idPattern else { return }
        let range = NSRange(s.startIndex..., in: s)
        for m in idPattern.matches(in: s, range: range) {
          if let r = Range(m.range, in: s), seen.insert(String(s[r])).inserted { found.append(String(s[r])) }
        }
      case .array(let a): a.forEach(scan)
      case .object(let o): for m in o { scan(m.value) }
      default: break
      }
    }
    scan(value)
    return found
  }

  /// `PREFIX-YYYY-NNNN` for the personal-data registers' prefixes.
  nonisolated(unsafe) private static let idPattern: NSRegularExpression? = {
    let prefixes = RegisterCatalog.kinds.filter(\.personalData).map(\.idPrefix).sorted { $0.count > $1.count }
    // The prefixes are letters only (RegisterKind), so the pattern compiles; a test pins it.
    return try? NSRegularExpression(  // nil is unreachable (see above)
      pattern: "\\b(?:" + prefixes.joined(separator: "|") + ")-[0-9]{4}-[0-9]{4,}\\b")
  }()
}
