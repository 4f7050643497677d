import JSON
import Rules

/// Reads a caller's nested input (already shape-checked by the method's schema on the wire) inside
/// a register command, so the command can be called and tested without the RPC layer and still
/// refuse bad input with the dotted field path (`products[0].subProcessors[1].country`) that
/// Protocol/errors.md promises for -32602.
///
/// A thin adapter over the one reader, `FieldReader` (issue 13 §1): the same answers and fields
/// as the wire's `Params`, thrown as `RegisterError.invalid`.
public struct InputReader: Sendable {
  /// The reader that does the work.
  public let core: FieldReader

  /// A reader over `object` at `path`.
  public init(_ object: JSONObject, path: String = "") { core = FieldReader(object, path: path) }

  /// An adapter over `core`.
  public init(_ core: FieldReader) { self.core = core }

  /// The members.
  public var object: JSONObject { core.object }
  /// The dotted path of this object in the params ("" at the top).
  public var path: String { core.path }

  /// The full field name of member `name`.
  public func field(_ name: String) -> String { core.field(name) }

  /// True when `name` is present and not null.
  public func has(_ name: String) -> Bool { core.has(name) }

  /// Runs a read of the core, its `FieldError` as `RegisterError.invalid`.
  @inline(__always)
  func read<T>(_ body: () throws(FieldError) -> T) throws(RegisterError) -> T {
    do { return try body() } catch { throw error.registerError }
  }

  /// A required non-blank string.
  public func text(_ name: String) throws(RegisterError) -> String { try read { () throws(FieldError) in try core.text(name) } }

  /// An optional non-blank string.
  public func optionalText(_ name: String) throws(RegisterError) -> String? {
    try read { () throws(FieldError) in try core.optionalText(name) }
  }

  /// A required `YYYY-MM-DD` date.
  public func date(_ name: String) throws(RegisterError) -> CivilDate { try read { () throws(FieldError) in try core.date(name) } }

  /// An optional date.
  public func optionalDate(_ name: String) throws(RegisterError) -> CivilDate? {
    try read { () throws(FieldError) in try core.optionalDate(name) }
  }

  /// A required instant (no offset = Amsterdam wall time).
  public func instant(_ name: String) throws(RegisterError) -> Instant {
    try read { () throws(FieldError) in try core.instant(name) }
  }

  /// An optional instant.
  public func optionalInstant(_ name: String) throws(RegisterError) -> Instant? {
    try read { () throws(FieldError) in try core.optionalInstant(name) }
  }

  /// An optional Boolean.
  public func optionalBool(_ name: String) throws(RegisterError) -> Bool? {
    try read { () throws(FieldError) in try core.optionalBool(name) }
  }

  /// A required value from a closed set; the reason lists the allowed values.
  public func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RegisterError) -> E
  where E.RawValue == String {
    try read { () throws(FieldError) in try core.choice(name, type) }
  }

  /// An optional value from a closed set.
  public func optionalChoice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws(RegisterError)
    -> E?
  where E.RawValue == String {
    try read { () throws(FieldError) in try core.optionalChoice(name, type) }
  }

  /// A required nested object.
  public func nested(_ name: String) throws(RegisterError) -> InputReader {
    InputReader(try read { () throws(FieldError) in try core.nested(name) })
  }

  /// An optional nested object.
  public func optionalNested(_ name: String) throws(RegisterError) -> InputReader? {
    try read { () throws(FieldError) in try core.optionalNested(name) }.map { InputReader($0) }
  }

  /// An array of objects (absent = empty), each a reader at `name[i]`.
  public func objects(_ name: String) throws(RegisterError) -> [InputReader] {
    try read { () throws(FieldError) in try core.objects(name) }.map { InputReader($0) }
  }

  /// An optional array of non-blank strings.
  public func optionalStrings(_ name: String) throws(RegisterError) -> [String]? {
    try read { () throws(FieldError) in try core.optionalStrings(name, nonBlank: true) }
  }
}
