import JSON

/// Builds the OpenRPC 1.3.2 document from the method table, so `rpc.discover`, the committed
/// `Protocol/openrpc.json` and dispatch can never disagree (a test compares the committed file
/// with this output).
public enum OpenRPCDocument {
  /// The document for `table`. `info` is the OpenRPC Info object; `extra` root members are added
  /// as they are (for example `x-roles` or `components`).
  /// `exampleResults` replaces the declared example results by method name (the recorded,
  /// complete results); a method without an entry keeps its declared ones.
  public static func build(
    table: MethodTable, info: JSONObject, exampleResults: [String: [JSONValue]] = [:], extra: JSONObject = JSONObject()
  ) -> JSONValue {
    var root: JSONObject = [
      "openrpc": "1.3.2",
      "info": .object(info),
      "methods": .array(table.declarations.map { method($0, results: exampleResults[$0.name]) }),
    ]
    for m in extra { root[m.key] = m.value }
    return .object(root)
  }

  static func method(_ d: MethodDeclaration, results: [JSONValue]?) -> JSONValue {
    var o: JSONObject = ["name": .string(d.name), "summary": .string(d.summary)]
    if !d.description.isEmpty { o["description"] = .string(d.description) }
    o["tags"] = [["name": .string(d.tag)]]
    o["paramStructure"] = .string(d.paramStructure.rawValue)
    o["params"] = .array(
      d.params.map { p in
        ["name": .string(p.name), "summary": .string(p.summary), "required": .bool(p.required), "schema": p.schema]
      })
    o["result"] = ["name": .string(d.result.name), "schema": d.result.schema]
    if !d.errors.isEmpty {
      o["errors"] = .array(d.errors.map { ["code": .int($0.code.rawValue), "message": .string($0.message)] })
    }
    o["examples"] = .array(
      d.examples.enumerated().map { (i, ex) in
        let value = results.flatMap { i < $0.count ? $0[i] : nil } ?? ex.result
        return [
          "name": .string(ex.name),
          "params": .array(ex.params.map { ["name": .string($0.key), "value": $0.value] }),
          "result": ["name": .string(d.result.name), "value": value],
        ]
      })
    o["x-roles"] = .array(d.roles.map { .string($0) })
    if let scope = d.scope { o["x-scope"] = .string(scope) }
    if !d.volatileResultMembers.isEmpty { o["x-volatile"] = .array(d.volatileResultMembers.map { .string($0) }) }
    return .object(o)
  }
}
