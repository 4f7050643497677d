import JSON
import Rules

/// Reads a caller's nested input (already shape-checked by the method's schema on the wire) inside
/// a register command, so the command can be called and tested without the RPC layer and still
/// refuse bad input with the dotted field path (`products[0].subProcessors[1].country`) that
/// Protocol/errors.md promises for -32602.
public struct InputReader: Sendable {
  /// The members.
  public let object: JSONObject
  /// The dotted path of this object in the params ("" at the top).
  public let path: String

  /// A reader over `object` at `path`.
  public init(_ object: JSONObject, path: String = "") {
    self.object = object
    self.path = path
  }

  /// The full field name of member `name`.
  public func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

  /// True when `name` is present and not null.
  public func has(_ name: String) -> Bool { object[name].map { !$0.isNull } ?? false }

  /// A required non-blank string.
  public func text(_ name: String) throws(RegisterError) -> String {
    guard let v = object[name], !v.isNull else { throw .invalid(field(name), "is required") }
    guard let s = v.stringValue else { throw .invalid(field(name), "must be a string, got \(v.kindName)") }
    guard s.contains(where: { !$0.isWhitespace }) else { throw .invalid(field(name), "must not be empty") }
    return s
  }

  /// An optional non-blank string.
  public func optionalText(_ name: String) throws(RegisterError) -> String? {
    has(name) ? try text(name) : nil
  }

  /// A required `YYYY-MM-DD` date.
  public func date(_ name: String) throws(RegisterError) -> CivilDate {
    let s = try text(name)
    do { return try CivilDate.parse(s) } catch { throw .invalid(field(name), error.reason) }
  }

  /// An optional date.
  public func optionalDate(_ name: String) throws(RegisterError) -> CivilDate? {
    has(name) ? try date(name) : nil
  }

  /// An optional Boolean.
  public func optionalBool(_ name: String) throws(RegisterError) -> Bool? {
    guard has(name), let v = object[name] else { return nil }
    guard let b = v.boolValue else { throw .invalid(field(name), "must be true or false, got \(v.kindName)") }
    return b
  }

  /// A required value from a closed set; the reason lists the allowed values.
  public func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RegisterError) -> E
  where E.RawValue == String {
    let s = try text(name)
    guard let e = E(rawValue: s) else {
      let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw .invalid(field(name), "unknown value \"\(s)\"; expected one of: \(allowed)")
    }
    return e
  }

  /// An optional value from a closed set.
  public func optionalChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RegisterError)
    -> E?
  where E.RawValue == String {
    has(name) ? try choice(name, type) : nil
  }

  /// A required nested object.
  public func nested(_ name: String) throws(RegisterError) -> InputReader {
    guard let v = object[name], !v.isNull else { throw .invalid(field(name), "is required") }
    guard let o = v.objectValue else { throw .invalid(field(name), "must be an object, got \(v.kindName)") }
    return InputReader(o, path: field(name))
  }

  /// An optional nested object.
  public func optionalNested(_ name: String) throws(RegisterError) -> InputReader? {
    has(name) ? try nested(name) : nil
  }

  /// An array of objects (absent = empty), each a reader at `name[i]`.
  public func objects(_ name: String) throws(RegisterError) -> [InputReader] {
    guard has(name), let v = object[name] else { return [] }
    guard let a = v.arrayValue else { throw .invalid(field(name), "must be an array, got \(v.kindName)") }
    var out: [InputReader] = []
    for (i, e) in a.enumerated() {
      guard let o = e.objectValue else { throw .invalid("\(field(name))[\(i)]", "must be an object, got \(e.kindName)") }
      out.append(InputReader(o, path: "\(field(name))[\(i)]"))
    }
    return out
  }

  /// An optional array of non-blank strings.
  public func optionalStrings(_ name: String) throws(RegisterError) -> [String]? {
    guard has(name), let v = object[name] else { return nil }
    guard let a = v.arrayValue else { throw .invalid(field(name), "must be an array, got \(v.kindName)") }
    var out: [String] = []
    for (i, e) in a.enumerated() {
      guard let s = e.stringValue, s.contains(where: { !$0.isWhitespace }) else {
        throw .invalid("\(field(name))[\(i)]", "must be a non-empty string")
      }
      out.append(s)
    }
    return out
  }
}
