import JSON
import Rules
import Wording

/// The confidential counsellor's (vertrouwenspersoon's) dossiers: one per complaint, with the
/// complainant, the accused, a description and the reports of the conversations (rules.md §7,
/// S&V "Klachten, registratie en privacy"). Pure commands from the current `Register` and a
/// caller's input to the `RegisterChange` the ledger journals. Dossiers are readable by the
/// counsellor alone (decision 48); management gets only the anonymous annual report.
public enum Complaints {
  /// The register's name (and event-type prefix).
  public static let name = "complaints"
  /// The id prefix: `K-2026-0001` (K for klacht).
  public static let idPrefix = "K"
  /// Default years a closed dossier is kept (rules.md §8: VP dossier closure + 2 years [!]).
  public static let defaultRetentionYears = 2

  /// The name of the retention rule with `years` (`complaints-2y`), quoted in every purge line.
  public static func retentionRule(years: Int) -> String { "complaints-\(years)y" }


  /// The dossier `id`, or 1001.
  static func existing(_ id: String, in register: Register) throws(RegisterError) -> ComplaintRecord {
    guard let r = register[id] else { throw .notFound(register: name, id: id) }
    return ComplaintRecord(r)
  }

  /// Refuses `at` before the dossier was opened (`field` names the param).
  static func notBeforeOpened(_ at: Instant, _ record: ComplaintRecord, field: String) throws(RegisterError) {
    if let opened = record.openedAt, at < opened {
      throw .invalid(field, Texts.Complaints.beforeOpened(Amsterdam.format(at), opened: Amsterdam.format(opened)).string)
    }
  }

  /// The change for `action` on `before`, the status moved by `ComplaintMachine`.
  static func change(
    _ action: String, event: String, _ before: ComplaintRecord, _ after: JSONObject, _ details: JSONObject
  ) throws(RegisterError) -> RegisterChange {
    var record = after
    record["status"] = .string(try ComplaintMachine.table.next(after: action, from: before.status))
    return RegisterChange(type: "\(name).\(event)", id: before.id, record: record, change: details)
  }
}
