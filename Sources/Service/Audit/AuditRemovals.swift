import JSON
import JSONRPC
import Registers

/// What the audit of reads must remember of a record that is removed (a retention purge, an
/// erasure): once it is gone, its earlier versions are gone too (AVG art. 5(1)(e)), so a filtered
/// read described in the trail (`AuditFilter`) could no longer be tested against it. Just before
/// the removal is journaled, in the removing writer's turn, each filtered audit event of its
/// register that returned the record is named in the removal line (`heldBy`: audit ids, no
/// personal data), and `AuditMembership` reads them from there ever after, also after snapshots
/// and restarts. A filtered read audited after the removal names the record itself
/// (`recordAudit`), so nothing falls between the two.
enum AuditRemovals {
  /// `changes` (of register `r`, as it is before them) with `heldBy` added to each removal of a
  /// record some filtered audit event returned. When the trail (`auditRegister`) cannot be read or
  /// a kept filter no longer runs, this throws and the removal is refused: removing the records
  /// anyway would lose for good which reads returned them (AVG art. 5(2)).
  static func note(
    _ changes: [RegisterChange], in r: Register, _ service: AvgdService, auditRegister: String = ReadAudit.register
  ) throws(RPCError) -> [RegisterChange] {
    guard r.kind.personalData, r.name != auditRegister else { return changes }
    let events: [JSONObject] = try service.ledger.readWhole(auditRegister) { audit throws(RPCError) in
      do throws(RegisterError) {
        return try audit.all(matching: [.equals(AuditFacets.answered, .text(r.name))]).filter {
          $0["answer"]?[AuditFilter.member] != nil
        }
      } catch { throw error.rpcError }
    }
    guard !events.isEmpty else { return changes }
    var tests = FilterTests(r, service)
    var noted: [RegisterChange] = []
    for c in changes {
      guard c.removes else {
        noted.append(c)
        continue
      }
      let life = AuditMembership(c.id, in: r)
      var held: [JSONObject] = []
      for e in events {
        let returned = try AuditMembership.returned(
          c.id, event: e, in: r, life: life, filters: { f throws(RPCError) in try tests.test(f) })
        if returned { held.append(e) }
      }
      guard !held.isEmpty else {
        noted.append(c)
        continue
      }
      var change = c.change
      change[AuditMembership.heldBy] = .array(held.compactMap { $0["id"] })
      noted.append(RegisterChange(removing: c.id, type: c.type, change: change))
    }
    return noted
  }
}

/// The tests of the filters met while resolving many events against one register, each built once.
struct FilterTests {
  private let register: Register
  private let service: AvgdService
  private var built: [JSONObject: (JSONObject) -> Bool] = [:]

  /// Tests against records of `register`.
  init(_ register: Register, _ service: AvgdService) {
    self.register = register
    self.service = service
  }

  /// The test of `filter`; throws when it cannot be built (`AuditFilter.test`).
  mutating func test(_ filter: AuditFilter) throws(RPCError) -> ((JSONObject) -> Bool)? {
    if let found = built[filter.params] { return found }
    let made = try filter.test(for: register, service)
    built[filter.params] = made
    return made
  }
}
