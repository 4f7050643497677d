import Wording

/// Typed read access, returning `nil` on a type mismatch rather than trapping.
extension JSONValue {
  /// The string, if this is a string.
  public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
  /// The Bool, if this is a Boolean.
  public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
  /// The integer, if this is an integral number that fits in `Int`.
  public var intValue: Int? { if case .number(let n) = self { return n.intValue }; return nil }
  /// The number as Double, if this is a number.
  public var doubleValue: Double? { if case .number(let n) = self { return n.doubleValue }; return nil }
  /// The elements, if this is an array.
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
  /// The object, if this is an object.
  public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
  /// True for `null`.
  public var isNull: Bool { if case .null = self { return true }; return false }

  /// Member lookup on an object; `nil` for other kinds or a missing key.
  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  /// A short name of the kind in the call's language, for error messages ("must be a string, got a number").
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return Texts.Wire.aBoolean.string
    case .number: return Texts.Wire.aNumber.string
    case .string: return Texts.Wire.aString.string
    case .array: return Texts.Wire.anArray.string
    case .object: return Texts.Wire.anObject.string
    }
  }
}
