import Wording

/// A rule could not be applied to the given facts.
///
/// Carries the offending parameter (`field`, e.g. `birthDate`) and a plain-words `reason`, so the
/// service can answer with JSON-RPC -32602 and `data.field` / `data.reason` instead of crashing
/// or guessing (issue 4: "never a crash, never a silent guess").
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The parameter that caused the error, as named on the wire (e.g. `birthDate`, `year`).
  public var field: String
  /// What is wrong, in plain words.
  public var reason: String

  /// An error naming a field and a reason.
  public init(field: String, reason: String) {
    self.field = field
    self.reason = reason
  }

  /// An error whose reason is a catalogue text, rendered in the call's language (`Language.current`):
  /// an error lives for one call only.
  public init(field: String, reason: Text) {
    self.init(field: field, reason: reason.string)
  }

  /// Wraps a parse failure of `field`.
  public init(field: String, _ error: DateFormatError) {
    self.init(field: field, reason: error.reason)
  }

  /// Returns the same reason reported against another field (used when a helper's error
  /// surfaces through a different parameter, e.g. a holiday-year error reached via `receivedOn`).
  public func reported(as field: String) -> RuleError {
    RuleError(field: field, reason: reason)
  }

  /// The value as text, for logs and plain-words reasons.
  public var description: String { "\(field): \(reason)" }
}
