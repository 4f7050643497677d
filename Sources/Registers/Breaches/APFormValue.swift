import JSON

/// One answer to an AP form question, in Dutch as the form expects it: a text to type, or the
/// names of the options to tick (named as the form names them).
public enum APFormValue: Sendable, Equatable {
  /// A text field.
  case text(String)
  /// Options to tick, in the form's wording.
  case choices([String])

  /// A string, or an array of strings.
  public var json: JSONValue {
    switch self {
    case .text(let s): .string(s)
    case .choices(let c): .array(c.map(JSONValue.string))
    }
  }
}
