import JSON
import JSONRPC
import Registers

/// Cursor paging, the same for every listing (the registers' `list`, `audit.list`): the `cursor`
/// and `limit` params, the page's schema, and reading one page under the ledger's lock. Pages are
/// stable because the cursor is a record id in creation order (`Register.page`).
enum Paging {
  /// `cursor` and `limit`, appended to a listing's filter params.
  static let params: [ParamSpec] = [
    ParamSpec("cursor", "`nextCursor` of the previous page.", schema: ["type": "string"]),
    ParamSpec("limit", "Page size, 1–1000 (default 100).", schema: ["type": "integer", "minimum": 1, "maximum": 1000]),
  ]

  /// The schema of a page of `item`s.
  static func schema(items item: JSONValue) -> JSONValue {
    [
      "type": "object", "required": ["items", "total"],
      "properties": [
        "items": ["type": "array", "items": item], "total": ["type": "integer"],
        "nextCursor": ["type": ["string", "null"]],
      ],
    ]
  }

  /// Called with the register a page was read from and the page's items, still under the read
  /// (a listing's audit describes its answer by the register's journal position).
  typealias Seen = (Register, [JSONObject]) -> Void

  /// One page of `register` per the call's `cursor` and `limit`; nil `predicate` lists everything.
  static func page(
    _ service: AvgdService, _ register: String, _ p: Params, where predicate: (@Sendable (JSONObject) -> Bool)?,
    seen: Seen? = nil
  ) throws(RPCError) -> (items: [JSONObject], nextCursor: String?, total: Int) {
    try page(service, register, p, seen: seen) { r, cursor, limit throws(RegisterError) in
      try r.page(after: cursor, limit: limit, where: predicate)
    }
  }

  /// One page of `register`'s records meeting `conditions` (its facets; none lists everything).
  static func page(
    _ service: AvgdService, _ register: String, _ p: Params, matching conditions: [FacetCondition], seen: Seen? = nil
  ) throws(RPCError) -> (items: [JSONObject], nextCursor: String?, total: Int) {
    try page(service, register, p, seen: seen) { r, cursor, limit throws(RegisterError) in
      conditions.isEmpty
        ? try r.page(after: cursor, limit: limit, where: nil) : try r.page(after: cursor, limit: limit, matching: conditions)
    }
  }

  private static func page(
    _ service: AvgdService, _ register: String, _ p: Params, seen: Seen?,
    _ read: (Register, String?, Int) throws(RegisterError) -> (items: [JSONObject], nextCursor: String?, total: Int)
  ) throws(RPCError) -> (items: [JSONObject], nextCursor: String?, total: Int) {
    let limit = try p.optionalInt("limit") ?? 100
    let cursor = try p.optionalString("cursor")
    return try service.ledger.read(register) { r throws(RPCError) in
      do throws(RegisterError) {
        let page = try read(r, cursor, limit)
        seen?(r, page.items)
        return page
      } catch { throw error.rpcError }
    }
  }

  /// A page as the result shows it.
  static func json(_ items: [JSONObject], total: Int, nextCursor: String?) -> JSONValue {
    ["items": .array(items.map { .object($0) }), "total": .int(total), "nextCursor": .optional(nextCursor)]
  }
}
