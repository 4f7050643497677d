import JSON
import JSONRPC
import Registers

/// "Who read record X?" (`audit.list {recordId}`): the audit events naming X (from the `recordIds`
/// postings) together with the compact events of X's register whose described answer held X
/// (`AuditMembership`), oldest first and paged like every listing (AVG art. 5(2), art. 15(1)(c)).
enum AuditReaders {
  /// One page of the audit events, meeting `conditions`, that returned record `id`.
  static func page(_ service: AvgdService, of id: String, conditions: [FacetCondition], _ p: Params) throws(RPCError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    let limit = try p.optionalInt("limit") ?? 100
    let cursor = try p.optionalString("cursor")
    let kind = RegisterCatalog.kinds.first { id.hasPrefix($0.idPrefix + "-") }
    // The record's lifetime is read before the trail: a compact event appended meanwhile describes
    // a later position and is judged against the same lifetime, which does not shrink.
    let life: AuditMembership? = try kind.map { k throws(RPCError) in
      try service.ledger.read(k.name) { r throws(RPCError) in AuditMembership(id, in: r) }
    }
    let (matches, start): ([JSONObject], Int) = try service.ledger.read(ReadAudit.register) { r throws(RPCError) in
      // Creation order: the journal position of each event's creation (its first history line).
      func order(_ e: JSONObject) -> UInt64 { r.histories[e["id"]?.stringValue ?? ""]?.first?.seq ?? 0 }
      do throws(RegisterError) {
        var found = try r.all(matching: conditions + [.contains(AuditFacets.recordIds, id)])
        if let kind, let life {
          let compact = try r.all(matching: conditions + [.equals(AuditFacets.answered, .text(kind.name))])
          let named = Set(found.compactMap { $0["id"]?.stringValue })
          found += compact.filter { e in
            !named.contains(e["id"]?.stringValue ?? "")
              && AuditMembership.returned(id, event: e, lifetimes: { $0 == kind.name ? life : nil })
          }
        }
        found.sort { order($0) < order($1) }
        guard let cursor else { return (found, 0) }
        guard r[cursor] != nil else { throw RegisterError.invalid("cursor", "is not a cursor of this register") }
        let after = order(["id": .string(cursor)])
        return (found, found.firstIndex { order($0) > after } ?? found.count)
      } catch { throw error.rpcError }
    }
    let items = Array(matches[start..<min(matches.count, start + limit)])
    let more = start + items.count < matches.count
    return (items, more ? items.last?["id"]?.stringValue : nil, matches.count)
  }
}
