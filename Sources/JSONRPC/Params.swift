import JSON
import Wording

/// By-name params with typed accessors. Every accessor that fails throws -32602 whose
/// `data.field` is the full dotted path (`student.birthDate`) and `data.reason` says what is wrong,
/// so a caller always learns which field to fix.
///
/// A thin adapter over the one reader, `FieldReader` (issue 13 §1): the registers' `InputReader`
/// reads through the same core, so both give the same answers and fields.
public struct Params: Sendable {
  /// The reader that does the work.
  public let core: FieldReader

  /// Params from an object at `path`.
  public init(_ object: JSONObject, path: String = "") { core = FieldReader(object, path: path) }

  /// Params over a core reader.
  public init(_ core: FieldReader) { self.core = core }

  /// The members.
  public var object: JSONObject { core.object }
  /// The dotted path of this object within the call's params ("" at the top).
  public var path: String { core.path }

  /// The full field name of member `name`.
  public func field(_ name: String) -> String { core.field(name) }

  /// -32602 for member `name`.
  public func invalid(_ name: String, _ reason: String) -> RPCError {
    RPCError.invalidParams(field: field(name), reason: reason)
  }

  /// -32602 for member `name`, the reason from the catalogue in the call's language.
  public func invalid(_ name: String, _ reason: Text) -> RPCError {
    RPCError.invalidParams(field: field(name), reason: reason)
  }

  /// The raw value, `nil` when absent or `null`.
  public func value(_ name: String) -> JSONValue? { core.value(name) }

  /// True when `name` is present and not null.
  public func has(_ name: String) -> Bool { core.has(name) }

  /// Runs a read of the core, its `FieldError` as -32602.
  @inline(__always)
  public func read<T>(_ body: () throws(FieldError) -> T) throws(RPCError) -> T {
    do { return try body() } catch { throw error.rpcError }
  }

  /// A required string.
  public func string(_ name: String) throws(RPCError) -> String { try read { () throws(FieldError) in try core.string(name) } }

  /// An optional string.
  public func optionalString(_ name: String) throws(RPCError) -> String? {
    try read { () throws(FieldError) in try core.optionalString(name) }
  }

  /// A required non-empty string (after trimming spaces).
  public func text(_ name: String) throws(RPCError) -> String { try read { () throws(FieldError) in try core.text(name) } }

  /// An optional non-empty string.
  public func optionalText(_ name: String) throws(RPCError) -> String? {
    try read { () throws(FieldError) in try core.optionalText(name) }
  }

  /// A required integer.
  public func int(_ name: String) throws(RPCError) -> Int { try read { () throws(FieldError) in try core.int(name) } }

  /// An optional integer.
  public func optionalInt(_ name: String) throws(RPCError) -> Int? {
    try read { () throws(FieldError) in try core.optionalInt(name) }
  }

  /// An optional Boolean.
  public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
    try read { () throws(FieldError) in try core.optionalBool(name) }
  }

  /// A required value from a closed set, e.g. a `Right`; the reason lists the allowed values.
  public func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RPCError) -> E
  where E.RawValue == String {
    try read { () throws(FieldError) in try core.choice(name, type) }
  }

  /// An optional value from a closed set.
  public func optionalChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RPCError)
    -> E?
  where E.RawValue == String {
    try read { () throws(FieldError) in try core.optionalChoice(name, type) }
  }

  /// A required nested object, whose accessors report paths under `name`.
  public func nested(_ name: String) throws(RPCError) -> Params {
    Params(try read { () throws(FieldError) in try core.nested(name) })
  }

  /// An optional nested object.
  public func optionalNested(_ name: String) throws(RPCError) -> Params? {
    try read { () throws(FieldError) in try core.optionalNested(name) }.map { Params($0) }
  }

  /// An array of objects (absent = empty), each at `name[i]`.
  public func objects(_ name: String) throws(RPCError) -> [Params] {
    try read { () throws(FieldError) in try core.objects(name) }.map { Params($0) }
  }

  /// An optional array of strings.
  public func optionalStrings(_ name: String) throws(RPCError) -> [String]? {
    try read { () throws(FieldError) in try core.optionalStrings(name) }
  }
}

extension FieldError {
  /// -32602 with this error's field and reason.
  public var rpcError: RPCError { RPCError.invalidParams(field: field, reason: reason) }
}
