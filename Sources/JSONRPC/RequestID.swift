import JSON

/// A request id exactly as sent: a string, a number (kept as its text, so `9007199254740993` and
/// `1.5` are echoed unchanged) or `null`. JSON-RPC 2.0 §4: "An identifier … MUST contain a String,
/// Number, or NULL value if included"; §5: the reply "MUST be the same as the value of the id member".
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  /// A string id.
  case string(String)
  /// A numeric id, exact.
  case number(JSONNumber)
  /// `"id": null` (a request, not a notification; answered with `null`).
  case null

  /// The id from a JSON value, or nil when the value cannot be an id (object, array, boolean).
  public init?(_ value: JSONValue) {
    switch value {
    case .string(let s): self = .string(s)
    case .number(let n): self = .number(n)
    case .null: self = .null
    default: return nil
    }
  }

  /// The id as JSON.
  public var json: JSONValue {
    switch self {
    case .string(let s): return .string(s)
    case .number(let n): return .number(n)
    case .null: return .null
    }
  }

  public var description: String { JSONWriter.string(json) }
}
