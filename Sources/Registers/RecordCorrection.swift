import JSON
import Rules
import Wording

/// The one correction command of the registers whose records are what their entry command wrote
/// (consents, disclosures, complaint dossiers, image consents, publications, staff): AVG art. 16
/// applies to avgd's own registers, and art. 5(1)(d) asks for accurate data. Driven by what the
/// register declares (`CorrectableFields`, the derived members) and by a `rerun` that puts the
/// corrected record through the register's own entry reader and entry command again, so a new value
/// is checked exactly as on entry and every derived member is computed by the code that computed
/// it at entry (no second copy of either).
///
/// Both versions stay in the journal; the event `<register>.corrected` holds per field the old and
/// new value, the recomputed members and the reason (`Correction`), so the history shows what was
/// entered, what it became, why, by whom and when (art. 5(2)).
public struct RecordCorrection: Sendable {
  /// What `rerun` is given: the stored record with the corrected values put in (`merged`, in the
  /// shape the entry command reads), the record before, and which paths were corrected.
  public struct Rerun: Sendable {
    /// The stored record with the given values at their paths, not yet checked.
    public let merged: JSONObject
    /// The record as stored.
    public let before: JSONObject
    /// The corrected paths (`student.birthDate`).
    public let corrected: Set<String>
  }

  /// The record.
  public let id: String
  /// The `fields` param as given.
  public let given: JSONObject
  /// Why the record was wrong.
  public let reason: String?

  /// A correction of record `id`.
  public init(id: String, fields: JSONObject, reason: String?) {
    self.id = id
    self.given = fields
    self.reason = reason
  }

  /// The `<register>.corrected` change by `actor` at `now`. `fields` says what may be corrected;
  /// `rerun` returns the record as the entry command would write it from the merged facts (its
  /// refusals name `fields.<path>`); the corrected paths and `derived` are taken from it. A record
  /// whose lifecycle has no `correct` in its status is 1002; nothing that differs is -32602.
  public func change(
    in register: Register, fields: CorrectableFields, derived: [String], now: Instant, by actor: String,
    rerun: (Rerun) throws(RegisterError) -> JSONObject
  ) throws(RegisterError) -> RegisterChange {
    guard let before = register[id] else { throw .notFound(register: register.name, id: id) }
    if let machine = register.kind.lifecycle {
      _ = try machine.next(after: "correct", from: before["status"]?.stringValue ?? "")
    }
    var c = try Correction(reason: reason)
    let values = try fields.read(given)
    var merged = before
    var scratch = c
    for (path, value) in values { scratch.set(path, value, in: &merged) }
    let corrected = Set(values.map(\.0))
    let fresh = try rerun(Rerun(merged: merged, before: before, corrected: corrected))
    var record = before
    for (path, _) in values { c.set(path, Correction.value(at: path, in: fresh), in: &record) }
    guard !c.isEmpty else { throw .invalid("fields", Texts.Corrections.nothingToCorrect.string) }
    for path in derived where !corrected.contains(path) {
      c.derive(path, Correction.value(at: path, in: fresh), in: &record)
    }
    record["lastCorrectedAt"] = .string(Amsterdam.format(now))
    record["lastCorrectedBy"] = .string(actor)
    return RegisterChange(type: "\(register.name).corrected", id: id, record: record, change: c.change)
  }

  /// Runs an entry command inside a re-run, its refusals naming `fields.<field>` (the entry names
  /// its own params; in a correction they sit under `fields`).
  public static func entry<T>(_ body: () throws(RegisterError) -> T) throws(RegisterError) -> T {
    do { return try body() } catch { throw error.underFields }
  }
}

extension RegisterError {
  /// The same refusal with its field under `fields.`.
  var underFields: RegisterError {
    func f(_ field: String) -> String { field.hasPrefix("fields") ? field : "fields.\(field)" }
    switch self {
    case .invalid(let field, let reason): return .invalid(f(field), reason)
    case .notEntitled(let field, let reason): return .notEntitled(field: f(field), reason: reason)
    case .conflict(let field, let reason): return .conflict(field: f(field), reason: reason)
    case .tooLate(let field, let reason, let deadline): return .tooLate(field: f(field), reason: reason, deadline: deadline)
    default: return self
    }
  }
}
