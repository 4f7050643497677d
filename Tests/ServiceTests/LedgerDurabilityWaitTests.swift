import Foundation
import JSON
import JSONRPC
import Registers
import Testing

@testable import Service

/// `Ledger.write(wait:)` decides whether the caller waits for the fsync: a register write is
/// answered only once durable (nothing acknowledged is lost), while an audit event of a read only
/// asks for a sync soon (Protocol/access.md: an audited read does not wait for the disk). Before
/// issue 13 the flag was dropped on the way to `writeAll`, so every audited read waited for an
/// fdatasync; this spy journal sees which of the two the ledger asked for.
@Suite struct LedgerDurabilityWaitTests {
  /// A journal that only remembers which sequence numbers were waited for and which requested.
  final class SpyJournal: Journal, @unchecked Sendable {
    private let lock = NSLock()
    private var seq: UInt64 = 0
    private var waitedFor: [UInt64] = []
    private var requested: [UInt64] = []
    var recoveredSnapshot: JSONValue? { nil }
    var recoveredEvents: [RegisterEvent] { [] }
    func append(type: String, actor: String, at: String, data: JSONValue) throws -> UInt64 {
      lock.withLock {
        seq += 1
        return seq
      }
    }
    func waitDurable(_ seq: UInt64) throws { lock.withLock { waitedFor.append(seq) } }
    func requestDurable(_ seq: UInt64) { lock.withLock { requested.append(seq) } }
    func snapshot(_ state: JSONValue, throughSeq: UInt64?) throws {}
    func rewrite(keeping: (RegisterEvent) -> Bool, finalState: JSONValue) throws -> Bool { false }
    func info() -> JSONValue { [:] }
    func verify() -> JSONValue? { nil }
    func backup(to destination: String) throws {}
    func close() {}
    var calls: (waited: [UInt64], requested: [UInt64]) { lock.withLock { (waitedFor, requested) } }
  }

  static func change(_ r: Register) -> RegisterChange {
    let id = r.nextID(year: 2026)
    return RegisterChange(type: "audit.read", id: id, record: ["id": .string(id)], change: [:])
  }

  @Test func aWriteWithWaitFalseOnlyRequestsDurability() throws {
    let spy = SpyJournal()
    let ledger = Ledger(journal: spy, registers: RegisterCatalog.all)
    try ledger.write(ReadAudit.register, actor: "t", at: "2026-11-30T12:00:00+01:00", wait: false) { r in Self.change(r) }
    #expect(spy.calls.waited == [])
    #expect(spy.calls.requested == [1])
  }

  @Test func aWriteByDefaultWaitsUntilDurable() throws {
    let spy = SpyJournal()
    let ledger = Ledger(journal: spy, registers: RegisterCatalog.all)
    try ledger.write(ReadAudit.register, actor: "t", at: "2026-11-30T12:00:00+01:00") { r in Self.change(r) }
    try ledger.write(ReadAudit.register, actor: "t", at: "2026-11-30T12:00:00+01:00", wait: true) { r in Self.change(r) }
    #expect(spy.calls.waited == [1, 2])
    #expect(spy.calls.requested == [])
  }

  @Test func anAuditedReadDoesNotWaitForTheDisk() throws {
    let spy = SpyJournal()
    let service = try AvgdService(configuration: ServiceConfiguration(), journal: spy, recordExamples: false)
    let peer = Peer(kind: .socket, uid: 1000, gid: 1000, pid: nil, userName: "jansen")
    try service.recordAudit(CallContext(peer: peer, id: nil, method: "requests.get"), .ids(["R-2026-0001"]))
    #expect(spy.calls.waited == [])
    #expect(spy.calls.requested == [1])
  }
}
