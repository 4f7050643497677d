import Foundation
import JSON
import JSONRPC
import Registers
import Rules

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
      throw p.invalid("on", "\(on) is after today (\(today)): a record is purged only once its retention has passed")
    }
    return on
  }

  /// Serialises purges (all registers): see `run`.
  private static let purges = NSLock()

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
      // The erasure is promised durably before anything is removed, so a crash between the removal
      // and the compaction cannot leave the data on disk for good (Ledger+Erasure.swift).
      // One purge at a time: a purge that removes nothing withdraws the promise, which must not
      // happen while another purge of the same register is between its removal and its erasure.
      purges.lock()
      defer { purges.unlock() }
      let promises = service.journal as? any ErasureJournal
      let owed = promises?.pendingErasures.contains(register) ?? false
      do { try promises?.markErasurePending(register) } catch { throw Ledger.storeFailure(error) }
      removed = try service.ledger.writeAll(register, actor: actor, at: Amsterdam.format(service.nowInstant)) {
        r throws(RegisterError) in changes(r, on)
      }
      // Every record ever purged is erased, so a compaction that failed before is made good now.
      if !removed.isEmpty || owed {
        let erased = service.ledger.keepErasurePromise(register, journal: service.journal, alsoErasing: Set(removed.map(\.id)))
        result["erasedFromJournal"] = .bool(erased.erased)
        result["journal"] = .string(erased.note)
      } else {
        do { try promises?.clearErasurePending(register) } catch { throw Ledger.storeFailure(error) }
      }
    }
    result["count"] = .int(removed.count)
    result["purged"] = .array(removed.map { .object($0.change) })
    return result
  }
}
