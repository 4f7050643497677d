import JSON

/// A method's result together with its compact wire encoding, for methods that keep answers
/// ready (see `MethodDeclaration.encodedHandler`): a reply then copies `bytes` instead of walking
/// and escaping the value again, which for a few-kilobyte answer is most of a call's cost.
public struct EncodedResult: Sendable {
  /// The compact JSON encoding of the result, exactly what `JSONWriter.bytes(value())` gives.
  public let bytes: [UInt8]
  /// The result as a value (built only when asked: in-process calls, tests).
  public let value: @Sendable () -> JSONValue

  /// A result whose encoding is `bytes` and whose value `value` builds.
  public init(bytes: [UInt8], value: @escaping @Sendable () -> JSONValue) {
    self.bytes = bytes
    self.value = value
  }
}
