import Wording

/// Why a date or instant text could not be read.
///
/// Parsing never guesses: `2026-02-30`, `2026-3-1` or an instant without an offset are refused
/// with a reason in plain words, which the service returns as JSON-RPC -32602 `data.reason`.
public struct DateFormatError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, in plain words (e.g. "2026-02-30 does not exist: February 2026 has 28 days").
  public var reason: String

  /// An error with the given reason.
  public init(reason: String) { self.reason = reason }

  /// An error whose reason is a catalogue text, rendered in the call's language (`Language.current`).
  public init(reason: Text) { self.reason = reason.string }

  /// The value as text, for logs and plain-words reasons.
  public var description: String { reason }
}
