import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// One retention purge of one register, shared by `complaints.purge` and `retention.purge`: the
/// expired records are removed (one accountability event each), then their earlier events are
/// erased from the journal and snapshot files by the store's compaction, so no file keeps them
/// (AVG art. 5(1)(e), 17).
enum RetentionRun {
  /// The purge date: `on` or today, never later than today (nothing is purged ahead of time).
  static func date(_ p: Params, _ service: AvgdService) throws(RPCError) -> CivilDate {
    let today = service.today
    let on = try p.optionalDate("on") ?? today
    guard on <= today else {
      throw p.invalid("on", Texts.Registers.purgeAfterToday(on.description, today: today.description))
    }
    return on
  }

  /// Purges `register` as of `on` (or lists only, `dryRun`); returns `{count, purged}` plus, when
  /// something was removed, `erasedFromJournal` and `journal` (what happened to the files).
  static func run(
    _ service: AvgdService, register: String, on: CivilDate, dryRun: Bool, actor: String,
    changes: @escaping (Register, CivilDate) -> [RegisterChange]
  ) throws(RPCError) -> JSONObject {
    var result = JSONObject()
    let removed: [RegisterChange]
    if dryRun {
      removed = try service.ledger.read(register) { r throws(RPCError) in changes(r, on) }
    } else {
      let run = try Erasure.removeAndErase(service, register: register, actor: actor) { r throws(RegisterError) in changes(r, on) }
      removed = run.removed
      if let erased = run.erased {
        result["erasedFromJournal"] = .bool(erased.erased)
        result["journal"] = .string(erased.note)
      }
    }
    result["count"] = .int(removed.count)
    result["purged"] = .array(removed.map { .object($0.change) })
    return result
  }
}
