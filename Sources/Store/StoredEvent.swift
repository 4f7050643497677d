import JSON

/// An event as it stands in the journal, returned by `append` and by recovery for replay.
public struct StoredEvent: Sendable, Equatable {
  /// Position in the journal, strictly increasing (gaps only after a compaction removed events).
  public var seq: UInt64
  /// RFC 3339 instant from the draft.
  public var at: String
  /// Who caused it.
  public var actor: String
  /// Dotted event name.
  public var type: String
  /// The payload.
  public var data: JSONValue
  /// SHA-256 (hex) of the previous line; links the chain.
  public var prev: String
  /// SHA-256 (hex) of this line without its hash member; see Protocol/store-format.md.
  public var hash: String

  /// Makes an event; used by the store and by tests.
  public init(seq: UInt64, at: String, actor: String, type: String, data: JSONValue, prev: String, hash: String) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.type = type
    self.data = data
    self.prev = prev
    self.hash = hash
  }

  /// The event as a draft, so a compaction transform can return it unchanged.
  public var draft: EventDraft { EventDraft(type: type, actor: actor, at: at, data: data) }
}
