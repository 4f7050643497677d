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

  /// As JSON for `*.history`.
  public var json: JSONValue {
    ["seq": .int(Int(seq)), "at": .string(at), "actor": .string(actor), "event": .string(type), "change": .object(change)]
  }
}
