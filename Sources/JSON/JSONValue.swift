/// A JSON value exactly as it was on the wire.
///
/// Numbers keep their original text (`JSONNumber`), so a request id such as `9007199254740993`
/// or `1.5` is echoed byte for byte (JSON-RPC 2.0 §5: "It MUST be the same as the value of the id
/// member in the Request Object") and never passes through `Double`.
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, kept as its validated source text.
  case number(JSONNumber)
  /// A string (already unescaped).
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; member order is kept as written.
  case object(JSONObject)
}

/// A JSON number kept as its exact text (RFC 8259 §6 grammar, validated by the parser).
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
  /// The number's text, e.g. `-12`, `1.5e3`.
  public let text: String

  /// Wraps text that is already known to match the JSON number grammar.
  public init(uncheckedText text: String) { self.text = text }

  /// An integer number.
  public init(_ value: Int) { self.text = String(value) }

  /// A floating-point number, written in Swift's shortest round-trip form.
  /// Non-finite values have no JSON form and become `0`.
  public init(_ value: Double) {
    if !value.isFinite {
      self.text = "0"
    } else if value == value.rounded(), abs(value) < 1e15 {
      self.text = String(Int64(value))
    } else {
      self.text = "\(value)"
    }
  }

  /// The value as `Int` when the text is an integer that fits; `nil` for `1.5`, `1e3` or overflow.
  public var intValue: Int? { Int(text) }

  /// The value as `Double` (may round).
  public var doubleValue: Double? { Double(text) }

  /// True when the text has no fraction or exponent part.
  public var isInteger: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

  public var description: String { text }
}
