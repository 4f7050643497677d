import Wording

/// The one reader of by-name input (issue 13 §1): typed accessors over a JSON object that name the
/// full dotted path of any member they refuse. The wire's `Params` and the registers' `InputReader`
/// are thin adapters over it (each maps `FieldError` to its own error type), and the date and
/// instant readers extend it once where the rules are visible (Registers), so every entry point
/// gives the same answer and the same error for the same input.
public struct FieldReader: Sendable {
  /// The members.
  public let object: JSONObject
  /// The dotted path of this object within the input ("" at the top).
  public let path: String

  /// A reader over `object` at `path`.
  public init(_ object: JSONObject, path: String = "") {
    self.object = object
    self.path = path
  }

  /// The full field name of member `name`.
  public func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

  /// The error for member `name`.
  public func invalid(_ name: String, _ reason: String) -> FieldError { FieldError(field(name), reason) }

  /// A `FieldError` for member `name` whose reason is a catalogue text.
  public func invalid(_ name: String, _ reason: Text) -> FieldError { FieldError(field(name), reason) }

  /// The raw value, `nil` when absent or `null`.
  public func value(_ name: String) -> JSONValue? {
    guard let v = object[name], !v.isNull else { return nil }
    return v
  }

  /// True when `name` is present and not null.
  public func has(_ name: String) -> Bool { value(name) != nil }

  /// A required string.
  public func string(_ name: String) throws(FieldError) -> String {
    guard let v = value(name) else { throw invalid(name, Texts.Wire.isRequired) }
    guard let s = v.stringValue else { throw invalid(name, Texts.Wire.mustBeString(got: v.kindName)) }
    return s
  }

  /// An optional string.
  public func optionalString(_ name: String) throws(FieldError) -> String? {
    has(name) ? try string(name) : nil
  }

  /// A required string with something besides spaces in it.
  public func text(_ name: String) throws(FieldError) -> String {
    let s = try string(name)
    guard s.contains(where: { !$0.isWhitespace }) else { throw invalid(name, Texts.Wire.mustNotBeEmpty) }
    return s
  }

  /// An optional non-blank string.
  public func optionalText(_ name: String) throws(FieldError) -> String? {
    has(name) ? try text(name) : nil
  }

  /// A required integer.
  public func int(_ name: String) throws(FieldError) -> Int {
    guard let v = value(name) else { throw invalid(name, Texts.Wire.isRequired) }
    guard let i = v.intValue else { throw invalid(name, Texts.Wire.mustBeInteger(got: v.kindName)) }
    return i
  }

  /// An optional integer.
  public func optionalInt(_ name: String) throws(FieldError) -> Int? {
    has(name) ? try int(name) : nil
  }

  /// An optional Boolean.
  public func optionalBool(_ name: String) throws(FieldError) -> Bool? {
    guard let v = value(name) else { return nil }
    guard let b = v.boolValue else { throw invalid(name, Texts.Wire.mustBeBoolean(got: v.kindName)) }
    return b
  }

  /// A required value from a closed set (an enum of the domain); the reason lists the allowed values.
  public func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(FieldError) -> E
  where E.RawValue == String {
    try Self.choice(try string(name), type, field: field(name))
  }

  /// An optional value from a closed set.
  public func optionalChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(FieldError)
    -> E?
  where E.RawValue == String {
    has(name) ? try choice(name, type) : nil
  }

  /// `text` as a value of a closed set, for input already taken out of its object (one wording for all).
  public static func choice<E: RawRepresentable & CaseIterable>(_ text: String, _ type: E.Type, field: String)
    throws(FieldError) -> E where E.RawValue == String
  {
    guard let e = E(rawValue: text) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw FieldError(field, Texts.Wire.unknownValue(text, allowed: allowed))
    }
    return e
  }

  /// A required nested object, whose accessors report paths under `name`.
  public func nested(_ name: String) throws(FieldError) -> FieldReader {
    guard let v = value(name) else { throw invalid(name, Texts.Wire.isRequired) }
    guard let o = v.objectValue else { throw invalid(name, Texts.Wire.mustBeObject(got: v.kindName)) }
    return FieldReader(o, path: field(name))
  }

  /// An optional nested object.
  public func optionalNested(_ name: String) throws(FieldError) -> FieldReader? {
    has(name) ? try nested(name) : nil
  }

  /// An array of objects (absent = empty), each a reader at `name[i]`.
  public func objects(_ name: String) throws(FieldError) -> [FieldReader] {
    guard let v = value(name) else { return [] }
    guard let a = v.arrayValue else { throw invalid(name, Texts.Wire.mustBeArray(got: v.kindName)) }
    var out: [FieldReader] = []
    for (i, e) in a.enumerated() {
      guard let o = e.objectValue else { throw invalid("\(name)[\(i)]", Texts.Wire.mustBeObject(got: e.kindName)) }
      out.append(FieldReader(o, path: field("\(name)[\(i)]")))
    }
    return out
  }

  /// An optional array of strings; with `nonBlank`, each must have something besides spaces.
  public func optionalStrings(_ name: String, nonBlank: Bool = false) throws(FieldError) -> [String]? {
    guard let v = value(name) else { return nil }
    guard let a = v.arrayValue else { throw invalid(name, Texts.Wire.mustBeArray(got: v.kindName)) }
    var out: [String] = []
    for (i, e) in a.enumerated() {
      guard let s = e.stringValue else {
        throw invalid("\(name)[\(i)]", nonBlank ? Texts.Wire.mustBeNonEmptyString : Texts.Wire.mustBeString(got: e.kindName))
      }
      if nonBlank, !s.contains(where: { !$0.isWhitespace }) { throw invalid("\(name)[\(i)]", Texts.Wire.mustBeNonEmptyString) }
      out.append(s)
    }
    return out
  }
}
