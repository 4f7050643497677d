import JSON

/// One by-name parameter of a method: its name, whether it is required, and its JSON Schema
/// (draft-07). The schema feeds both `rpc.discover` and the validation that runs before the
/// handler, so what is published is what is enforced.
public struct ParamSpec: Sendable {
  /// The member name in `params`.
  public let name: String
  /// True when the call is invalid without it.
  public let required: Bool
  /// One line for readers of the spec.
  public let summary: String
  /// The JSON Schema the value must match.
  public let schema: JSONValue

  /// A parameter.
  public init(_ name: String, required: Bool = false, _ summary: String, schema: JSONValue) {
    self.name = name
    self.required = required
    self.summary = summary
    self.schema = schema
  }
}

/// The result of a method: a name and a schema (OpenRPC Content Descriptor).
public struct ResultSpec: Sendable {
  /// Name shown in the spec.
  public let name: String
  /// The JSON Schema of the result.
  public let schema: JSONValue
  /// A result description.
  public init(_ name: String, schema: JSONValue) {
    self.name = name
    self.schema = schema
  }
}

/// An example call (OpenRPC Example Pairing). Examples are replayed as tests against the real
/// binary in declaration order on a fresh store with a pinned clock, so they stay true.
public struct MethodExample: Sendable {
  /// Short name.
  public let name: String
  /// The by-name params.
  public let params: JSONObject
  /// The expected result.
  public let result: JSONValue

  /// An example.
  public init(_ name: String, params: JSONObject, result: JSONValue) {
    self.name = name
    self.params = params
    self.result = result
  }
}

/// A method's documented application error (OpenRPC Error object).
public struct ErrorSpec: Sendable {
  /// The code.
  public let code: ErrorCode
  /// When it happens, in a sentence.
  public let message: String
  /// An error spec.
  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }
}
