import JSON

/// One line of a record's history: what happened, when, and by whom (AVG art. 5(2)
/// accountability: the school must be able to show how a request or breach was handled).
public struct HistoryEntry: Sendable {
  /// Journal sequence number.
  public let seq: UInt64
  /// When it was recorded.
  public let at: String
  /// Who recorded it.
  public let actor: String
  /// `register.verb`.
  public let type: String
  /// The details of the change.
  public let change: JSONObject
  /// The whole record as it was before this change, kept (for personal-data registers) so the
  /// audit of a filtered read can later test the filter against the record as it was when it was
  /// read (`Register.version(of:at:)`, issue 13 §3); nil for a record's first line. Not shown by
  /// `*.history`; gone with the record when it is purged.
  public let before: JSONObject?

  /// A history line; `before` only where the register keeps earlier versions.
  init(seq: UInt64, at: String, actor: String, type: String, change: JSONObject, before: JSONObject? = nil) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.type = type
    self.change = change
    self.before = before
  }

  /// As JSON for `*.history`.
  public var json: JSONValue {
    ["seq": .int(Int(seq)), "at": .string(at), "actor": .string(actor), "event": .string(type), "change": .object(change)]
  }

  /// As JSON for a snapshot: `json` plus `before`, so earlier versions survive a restart.
  var snapshotJSON: JSONValue {
    guard let before else { return json }
    return [
      "seq": .int(Int(seq)), "at": .string(at), "actor": .string(actor), "event": .string(type), "change": .object(change),
      "before": .object(before),
    ]
  }
}
