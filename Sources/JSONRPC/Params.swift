import JSON

/// By-name params with typed accessors. Every accessor that fails throws -32602 whose
/// `data.field` is the full dotted path (`student.birthDate`) and `data.reason` says what is wrong,
/// so a caller always learns which field to fix.
public struct Params: Sendable {
  /// The members.
  public let object: JSONObject
  /// The dotted path of this object within the call's params ("" at the top).
  public let path: String

  /// Params from an object at `path`.
  public init(_ object: JSONObject, path: String = "") {
    self.object = object
    self.path = path
  }

  /// The full field name of member `name`.
  public func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

  /// -32602 for member `name`.
  public func invalid(_ name: String, _ reason: String) -> RPCError {
    RPCError.invalidParams(field: field(name), reason: reason)
  }

  /// The raw value, `nil` when absent or `null`.
  public func value(_ name: String) -> JSONValue? {
    guard let v = object[name], !v.isNull else { return nil }
    return v
  }

  /// True when `name` is present and not null.
  public func has(_ name: String) -> Bool { value(name) != nil }

  /// A required string.
  public func string(_ name: String) throws(RPCError) -> String {
    guard let v = value(name) else { throw invalid(name, "is required") }
    guard let s = v.stringValue else { throw invalid(name, "must be a string, got \(v.kindName)") }
    return s
  }

  /// An optional string.
  public func optionalString(_ name: String) throws(RPCError) -> String? {
    guard has(name) else { return nil }
    return try string(name)
  }

  /// A required non-empty string (after trimming spaces).
  public func text(_ name: String) throws(RPCError) -> String {
    let s = try string(name)
    guard s.contains(where: { !$0.isWhitespace }) else { throw invalid(name, "must not be empty") }
    return s
  }

  /// An optional non-empty string.
  public func optionalText(_ name: String) throws(RPCError) -> String? {
    guard has(name) else { return nil }
    return try text(name)
  }

  /// A required integer.
  public func int(_ name: String) throws(RPCError) -> Int {
    guard let v = value(name) else { throw invalid(name, "is required") }
    guard let i = v.intValue else { throw invalid(name, "must be an integer, got \(v.kindName)") }
    return i
  }

  /// An optional integer.
  public func optionalInt(_ name: String) throws(RPCError) -> Int? {
    guard has(name) else { return nil }
    return try int(name)
  }

  /// An optional Boolean.
  public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
    guard let v = value(name) else { return nil }
    guard let b = v.boolValue else { throw invalid(name, "must be true or false, got \(v.kindName)") }
    return b
  }

  /// A required value from a closed set, e.g. a `Right`; the reason lists the allowed values.
  public func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RPCError) -> E
  where E.RawValue == String {
    let s = try string(name)
    guard let e = E(rawValue: s) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw invalid(name, "unknown value \"\(s)\"; expected one of: \(allowed)")
    }
    return e
  }

  /// An optional value from a closed set.
  public func optionalChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RPCError)
    -> E?
  where E.RawValue == String {
    guard has(name) else { return nil }
    return try choice(name, type)
  }

  /// A required nested object, whose accessors report paths under `name`.
  public func nested(_ name: String) throws(RPCError) -> Params {
    guard let v = value(name) else { throw invalid(name, "is required") }
    guard let o = v.objectValue else { throw invalid(name, "must be an object, got \(v.kindName)") }
    return Params(o, path: field(name))
  }

  /// An optional nested object.
  public func optionalNested(_ name: String) throws(RPCError) -> Params? {
    guard has(name) else { return nil }
    return try nested(name)
  }

  /// An optional array of strings.
  public func optionalStrings(_ name: String) throws(RPCError) -> [String]? {
    guard let v = value(name) else { return nil }
    guard let a = v.arrayValue else { throw invalid(name, "must be an array, got \(v.kindName)") }
    var out: [String] = []
    for (i, e) in a.enumerated() {
      guard let s = e.stringValue else { throw invalid("\(name)[\(i)]", "must be a string, got \(e.kindName)") }
      out.append(s)
    }
    return out
  }
}
