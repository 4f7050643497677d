import JSON

/// A correction of facts entered wrongly in one of avgd's own registers (AVG art. 16: the right
/// to rectification applies to the register as to any other processing, and art. 5(1)(d) asks
/// for accurate data). It is shared by every register's `*.correct` command so that each keeps
/// the same trace: per field the old and the new value, one reason, and what the correction
/// re-ran (deadlines, standing), in the event's `change`; the journal keeps both versions of the
/// record (art. 5(2): the school can show what was entered, what it was corrected to, why, by
/// whom and when).
///
/// Which fields a register lets be corrected is declared by the register (`CorrectableFields`);
/// ids, statuses and what was already communicated (a decision, a report to the AP, a notice to
/// parents) never are: a correction must not silently rewrite what someone received.
public struct Correction: Sendable {
  /// Why the data was wrong (required, kept in the history).
  public let reason: String
  /// The fields corrected, in the order given: `{field, old, new}`.
  public private(set) var fields: [JSONValue] = []
  /// Derived members recomputed because of the correction: `{field, old, new}`.
  public private(set) var recomputed: [JSONValue] = []
  /// What the correction could not change and a person must now look at (Dutch sentences): a
  /// decision already taken or a report already sent on the old facts.
  public var review: [String] = []

  /// A correction with `reason` (refused when blank, field `reason`).
  public init(reason: String?) throws(RegisterError) {
    self.reason = try requiredText(reason, field: "reason")
  }

  /// True when no field actually changes.
  public var isEmpty: Bool { fields.isEmpty }

  /// Sets `path` (dotted, `student.birthDate`) in `record` to `value` (nil removes it) and notes
  /// old and new when they differ. A value equal to the stored one is not a correction.
  public mutating func set(_ path: String, _ value: JSONValue?, in record: inout JSONObject) {
    let old = Self.value(at: path, in: record)
    guard old != value else { return }
    Self.put(value, at: path, in: &record)
    fields.append(["field": .string(path), "old": old ?? .null, "new": value ?? .null])
  }

  /// Sets a derived member and notes it under `recomputed` when it changes.
  public mutating func derive(_ path: String, _ value: JSONValue?, in record: inout JSONObject) {
    let old = Self.value(at: path, in: record)
    guard old != value else { return }
    Self.put(value, at: path, in: &record)
    recomputed.append(["field": .string(path), "old": old ?? .null, "new": value ?? .null])
  }

  /// The event's `change`: `{reason, fields, recomputed, review}` (the last two when not empty).
  public var change: JSONObject {
    var c: JSONObject = ["reason": .string(reason), "fields": .array(fields)]
    if !recomputed.isEmpty { c["recomputed"] = .array(recomputed) }
    if !review.isEmpty { c["review"] = .array(review.map(JSONValue.string)) }
    return c
  }

  /// The value at a dotted path, or nil.
  public static func value(at path: String, in record: JSONObject) -> JSONValue? {
    let parts = path.split(separator: ".").map(String.init)
    guard let first = parts.first else { return nil }
    var v = record[first]
    for p in parts.dropFirst() { v = v?.objectValue?[p] }
    return v
  }

  /// Writes `value` at a dotted path, creating intermediate objects.
  static func put(_ value: JSONValue?, at path: String, in record: inout JSONObject) {
    let parts = path.split(separator: ".").map(String.init)
    guard let first = parts.first else { return }
    if parts.count == 1 {
      record[first] = value
      return
    }
    var inner = record[first]?.objectValue ?? JSONObject()
    put(value, at: parts.dropFirst().joined(separator: "."), in: &inner)
    record[first] = .object(inner)
  }
}
