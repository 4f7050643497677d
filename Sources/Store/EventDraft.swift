import JSON

/// An event the service wants recorded; the store adds seq, prev and hash when appending.
/// The service validated it against its in-memory state first, so the store never interprets `data`.
public struct EventDraft: Sendable, Equatable {
  /// Dotted event name, e.g. `requests.opened`; registers dispatch on it during replay.
  public var type: String
  /// Who caused it (uid or name), kept for the AVG accountability duty (art. 5(2)).
  public var actor: String
  /// RFC 3339 instant chosen by the service, so replay is deterministic.
  public var at: String
  /// The event's payload.
  public var data: JSONValue

  /// Makes a draft.
  public init(type: String, actor: String, at: String, data: JSONValue) {
    self.type = type
    self.actor = actor
    self.at = at
    self.data = data
  }
}
