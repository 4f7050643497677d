import JSON
import Wording

/// Checks a value against the subset of JSON Schema draft-07 that avgd's declarations use:
/// `type`, `enum`, `const`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `minimum`, `maximum`, `minLength`, `maxLength`, `minItems`, `maxItems`, `oneOf`/`anyOf` and the
/// formats `date` (YYYY-MM-DD, a real calendar day) and `date-time` (RFC 3339; no offset = Amsterdam time).
/// The first problem found becomes -32602 with the dotted field path and a plain reason.
public enum SchemaValidator {
  /// Throws -32602 for the first mismatch of `value` at `path` against `schema`.
  public static func validate(_ value: JSONValue, against schema: JSONValue, path: String) throws(RPCError) {
    guard case .object(let s) = schema else { return }
    func fail(_ reason: Text) -> RPCError { RPCError.invalidParams(field: path, reason: reason) }

    if let alternatives = (s["oneOf"] ?? s["anyOf"])?.arrayValue {
      var firstError: RPCError?
      for alt in alternatives {
        do { try validate(value, against: alt, path: path); firstError = nil; break } catch {
          if firstError == nil { firstError = error }
        }
      }
      if let firstError { throw firstError }
    }
    if let type = s["type"] { try checkType(value, type, fail) }
    if let allowed = s["enum"]?.arrayValue, !allowed.contains(value) {
      let list = allowed.map { $0.stringValue ?? JSONWriter.string($0) }.joined(separator: ", ")
      throw fail(Texts.Wire.unknownJSONValue(JSONWriter.string(value), allowed: list))
    }
    if let c = s["const"], c != value { throw fail(Texts.Wire.mustEqual(JSONWriter.string(c))) }
    switch value {
    case .string(let str):
      if let f = s["format"]?.stringValue { try checkFormat(str, f, fail) }
      if let n = s["minLength"]?.intValue, str.count < n {
        throw fail(n == 1 ? Texts.Wire.mustNotBeEmpty : Texts.Wire.atLeastCharacters(n))
      }
      if let n = s["maxLength"]?.intValue, str.count > n { throw fail(Texts.Wire.atMostCharacters(n)) }
    case .number(let num):
      if let min = s["minimum"]?.doubleValue, let d = num.doubleValue, d < min {
        throw fail(Texts.Wire.atLeast(s["minimum"].map { JSONWriter.string($0) } ?? ""))
      }
      if let max = s["maximum"]?.doubleValue, let d = num.doubleValue, d > max {
        throw fail(Texts.Wire.atMost(s["maximum"].map { JSONWriter.string($0) } ?? ""))
      }
    case .array(let items):
      if let n = s["minItems"]?.intValue, items.count < n { throw fail(Texts.Wire.atLeastElements(n)) }
      if let n = s["maxItems"]?.intValue, items.count > n { throw fail(Texts.Wire.atMostElements(n)) }
      if let itemSchema = s["items"] {
        for (i, item) in items.enumerated() { try validate(item, against: itemSchema, path: "\(path)[\(i)]") }
      }
    case .object(let o):
      let props = s["properties"]?.objectValue ?? JSONObject()
      // An unknown member before a missing one: a misspelt name is usually why one seems missing.
      if s["additionalProperties"] == .bool(false) {
        for m in o where props[m.key] == nil {
          let names = props.map(\.key)
          let closest = NameSuggestions.closest(to: m.key, in: names, limit: 3)
          throw RPCError.invalidParams(
            field: join(path, m.key),
            reason: Texts.Wire.notAMember(known: names, closest: closest))
        }
      }
      for name in s["required"]?.arrayValue ?? [] {
        if let n = name.stringValue, o[n] == nil || o[n] == .null {
          throw RPCError.invalidParams(field: join(path, n), reason: Texts.Wire.isRequired)
        }
      }
      for m in o {
        if let ps = props[m.key], m.value != .null { try validate(m.value, against: ps, path: join(path, m.key)) }
      }
    default: break
    }
  }

  static func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

  private static func checkType(_ v: JSONValue, _ type: JSONValue, _ fail: (Text) -> RPCError) throws(RPCError) {
    let types = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
    for t in types where matches(v, t) { return }
    throw fail(Texts.Wire.mustBe(types.map(Texts.Wire.typeName), got: v.kindName))
  }

  private static func matches(_ v: JSONValue, _ t: String) -> Bool {
    switch (t, v) {
    case ("string", .string), ("boolean", .bool), ("null", .null), ("array", .array), ("object", .object),
      ("number", .number):
      return true
    case ("integer", .number(let n)): return n.isInteger && n.intValue != nil
    default: return false
    }
  }

  private static func checkFormat(_ s: String, _ format: String, _ fail: (Text) -> RPCError) throws(RPCError) {
    switch format {
    case "date":
      guard WireFormats.isDate(s) else { throw fail(Texts.Wire.mustBeDate(got: s)) }
    case "date-time":
      guard WireFormats.isInstant(s) else {
        throw fail(Texts.Wire.mustBeInstant(got: s))
      }
    default: break
    }
  }
}
