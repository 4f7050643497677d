import JSON

/// One change to a register, as the store journals it. Registers are event-sourced: applying the
/// journal's events in order rebuilds every record, and each record's history is its events.
///
/// `data` always holds `id` (the record), `record` (the record after the change, complete) and
/// `change` (what this event changed, for history and audit). Keeping the full record makes
/// replay a plain upsert and lets retention erase a record by rewriting its events.
public struct RegisterEvent: Sendable {
  /// Journal sequence number.
  public let seq: UInt64
  /// When it was recorded (RFC 3339).
  public let at: String
  /// Who did it (the caller's user name or uid).
  public let actor: String
  /// `register.verb`, e.g. `requests.extended`.
  public let type: String
  /// `{id, record, change}`.
  public let data: JSONValue

  /// An event.
  public init(seq: UInt64, at: String, actor: String, type: String, data: JSONValue) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.type = type
    self.data = data
  }

  /// The register part of `type` (`requests` in `requests.extended`).
  public var register: Substring { type.prefix(while: { $0 != "." }) }
}

/// An event still to be journaled: what a register's command produces.
public struct RegisterChange: Sendable {
  /// `register.verb`.
  public let type: String
  /// The record id.
  public let id: String
  /// The record after the change.
  public let record: JSONObject
  /// What changed (action details: reason, decidedBy, ...).
  public let change: JSONObject
  /// True when the event removes the record (retention purge, erasure): `data` is then
  /// `{id, removed: true, change}` and holds no record, so the journal keeps only the
  /// accountability line (AVG art. 5(1)(e) storage limitation, 5(2) accountability).
  public let removes: Bool

  /// A change.
  public init(type: String, id: String, record: JSONObject, change: JSONObject) {
    self.type = type
    self.id = id
    self.record = record
    self.change = change
    self.removes = false
  }

  /// A removal of record `id`; `change` is the minimal accountability line kept.
  public init(removing id: String, type: String, change: JSONObject) {
    self.type = type
    self.id = id
    self.record = [:]
    self.change = change
    self.removes = true
  }

  /// The event's `data`.
  public var data: JSONValue {
    if removes { return ["id": .string(id), "removed": true, "change": .object(change)] }
    return ["id": .string(id), "record": .object(record), "change": .object(change)]
  }
}
