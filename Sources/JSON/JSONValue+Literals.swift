/// Literal syntax, so schemas, examples and replies read like the JSON they stand for.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
  public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
  public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
  /// An integer number.
  public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
  /// A floating-point number.
  public static func double(_ value: Double) -> JSONValue { .number(JSONNumber(value)) }
  /// A string, or `null` when `value` is nil: optional fields stay visible as `null`.
  public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}
