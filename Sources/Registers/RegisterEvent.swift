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

  /// A change.
  public init(type: String, id: String, record: JSONObject, change: JSONObject) {
    self.type = type
    self.id = id
    self.record = record
    self.change = change
  }

  /// The event's `data`.
  public var data: JSONValue { ["id": .string(id), "record": .object(record), "change": .object(change)] }
}
