import Wording

/// Why a member of a caller's input could not be read: the full dotted path of the member
/// (`student.birthDate`, `products[0].country`) and what is wrong in plain words.
///
/// One error for the one reader (`FieldReader`); the wire maps it to JSON-RPC -32602 and the
/// registers to `RegisterError.invalid`, so both entry points refuse with the same field and reason.
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The dotted path of the member.
  public var field: String
  /// What is wrong.
  public var reason: String

  /// An error for `field`.
  public init(_ field: String, _ reason: String) {
    self.field = field
    self.reason = reason
  }

  /// An error for `field` whose reason is a catalogue text, rendered in the call's language.
  public init(_ field: String, _ reason: Text) {
    self.init(field, reason.string)
  }

  /// `field: reason`, for logs.
  public var description: String { "\(field): \(reason)" }
}
