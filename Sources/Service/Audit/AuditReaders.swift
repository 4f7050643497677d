import JSON
import JSONRPC
import Registers
import Wording

/// "Who read record X?" (`audit.list {recordId}`): the audit events naming X (from the `recordIds`
/// postings) together with the compact events of X's register whose described answer held X
/// (`AuditMembership`: alive then, in the page's stretch, meeting the read's filter as X was then),
/// oldest first and paged like every listing (AVG art. 5(2), art. 15(1)(c)).
enum AuditReaders {
  /// One page of the audit events, meeting `conditions`, that returned record `id`.
  static func page(_ service: AvgdService, of id: String, conditions: [FacetCondition], _ p: Params) throws(RPCError)
    -> (items: [JSONObject], nextCursor: String?, total: Int)
  {
    let limit = try p.optionalInt("limit") ?? 100
    let cursor = try p.optionalString("cursor")
    let kind = RegisterCatalog.kinds.first { id.hasPrefix($0.idPrefix + "-") }
    // The trail first, each event with its creation position (its first history line's seq).
    let (named, described, after) = try service.ledger.read(ReadAudit.register) {
      r throws(RPCError) -> ([(UInt64, JSONObject)], [(UInt64, JSONObject)], UInt64?) in
      func ordered(_ events: [JSONObject]) -> [(UInt64, JSONObject)] {
        events.map { (r.histories[$0["id"]?.stringValue ?? ""]?.first?.seq ?? 0, $0) }
      }
      do throws(RegisterError) {
        let named = try r.all(matching: conditions + [.contains(AuditFacets.recordIds, id)])
        let described = try kind.map { k throws(RegisterError) in
          try r.all(matching: conditions + [.equals(AuditFacets.answered, .text(k.name))])
        } ?? []
        var after: UInt64? = nil
        if let cursor {
          guard r[cursor] != nil else { throw RegisterError.invalid("cursor", Texts.Registers.notACursor.string) }
          after = r.histories[cursor]?.first?.seq ?? 0
        }
        return (ordered(named), ordered(described), after)
      } catch { throw error.rpcError }
    }
    // Then the record's lifetime, read after the trail: a purge that happened meanwhile is in its
    // removal line, so every described event read above is judged on what was true at its position.
    var matches = named
    if let kind, !described.isEmpty {
      let seen = Set(named.map(\.0))
      matches += try service.ledger.read(kind.name) { r throws(RPCError) in
        let life = AuditMembership(id, in: r)
        var tests = FilterTests(r, service)
        var returned: [(UInt64, JSONObject)] = []
        for e in described where !seen.contains(e.0) {
          if try AuditMembership.returned(id, event: e.1, in: r, life: life, filters: { f throws(RPCError) in try tests.test(f) }) {
            returned.append(e)
          }
        }
        return returned
      }
    }
    matches.sort { $0.0 < $1.0 }
    let start = after.map { a in matches.firstIndex { $0.0 > a } ?? matches.count } ?? 0
    let items = matches[start..<min(matches.count, start + limit)].map(\.1)
    let more = start + items.count < matches.count
    return (items, more ? items.last?["id"]?.stringValue : nil, matches.count)
  }
}
