import Foundation
import JSON
import JSONRPC
import Registers
import Synchronization
import Testing

@testable import Service

/// Failures that a `try?` used to turn into "nothing" (the developers' guide: bad input never
/// crashes or is lost silently): each now reaches the caller as an error naming what failed, or
/// the log. A register the ledger does not hold stands in for the failure: it is what these reads
/// can fail on.
@Suite struct ReportedFailureTests {
  static func service() throws -> AvgdService {
    var c = ServiceConfiguration()
    c.fixedNow = "2026-11-29T10:00:00+01:00"
    return try AvgdService(configuration: c)
  }

  /// The reason in `data` of an error.
  static func reason(_ error: RPCError?) -> String { error?.data?["reason"]?.stringValue ?? "" }

  /// A purge's erasure that cannot read which records were purged keeps its promise and says
  /// why (it used to erase "nothing" and withdraw the promise).
  @Test func anErasureThatCannotReadItsPurgedRecordsIsNotDone() throws {
    let ledger = Ledger(journal: MemoryJournal(), registers: RegisterCatalog.all)
    let error = #expect(throws: RPCError.self) { _ = try ledger.purgedIDs("nope") }
    #expect(error?.code == .internalError && Self.reason(error).contains("nope"))
    let failed = ledger.keepErasurePromise("nope", journal: MemoryJournal())
    #expect(!failed.erased && failed.note.contains("nope") && failed.note.contains("wissing blijft openstaan"))
    let fine = ledger.keepErasurePromise(RegisterKind.requests.name, journal: MemoryJournal())
    #expect(fine.erased && fine.note == "niets te wissen")
  }

  /// A report whose register cannot be read is -32603 naming it, not a report without that part.
  @Test func aReportWithAnUnreadableRegisterIsAnError() throws {
    let service = try Self.service()
    let error = #expect(throws: RPCError.self) {
      _ = try ReportSchemas.input(service, registers: ["requests", "nope"], year: 2026, school: nil, language: .nl, now: service.nowInstant)
    }
    #expect(error?.code == .internalError && Self.reason(error) == "geen register nope")
    let input = try ReportSchemas.input(
      service, registers: AnnualReportSources.registers, year: 2026, school: nil, language: .nl, now: service.nowInstant)
    #expect(input.registers.count == AnnualReportSources.registers.count)
  }

  /// The communication check's name sources: one that cannot be read is an error (a check that
  /// skipped it would pass names as clean); every declared source is read.
  @Test func aNameSourceThatCannotBeReadIsAnError() throws {
    let service = try Self.service()
    let error = #expect(throws: RPCError.self) {
      _ = try CommunicationNameSources.names(service, roles: Role.allCases, sources: [("nope", ["name"], nil)])
    }
    #expect(Self.reason(error) == "geen register nope")
    for source in CommunicationNameSources.paths {
      #expect(RegisterCatalog.kind(named: source.register) != nil, "\(source.register) is a register")
    }
    #expect(try CommunicationNameSources.names(service, roles: Role.allCases).isEmpty)
  }

  /// A letter's remedy route: settings that cannot be read are an error, not a letter without it.
  @Test func unreadableInformationSettingsAreAnError() throws {
    let service = try Self.service()
    #expect(throws: RPCError.self) { _ = try LettersRender.configuredBoard(service, register: "nope") }
    #expect(try LettersRender.configuredBoard(service) == nil, "nothing configured yet")
  }

  /// A removal whose audit note fails is refused and journals nothing: the records would
  /// otherwise be gone with no way to tell which reads returned them (AVG art. 5(2)).
  @Test func aRemovalWhoseAuditNoteFailsIsRefused() throws {
    let name = RegisterKind.complaints.name
    let ledger = Ledger(journal: MemoryJournal(), registers: [Register(kind: .complaints)])
    try ledger.write(name, actor: "t", at: "2026-11-29T10:00:00+01:00") { _ throws(RegisterError) in
      RegisterChange(type: "\(name).opened", id: "K-2026-0001", record: ["id": "K-2026-0001"], change: [:])
    }
    ledger.noteRemovals { _, _ throws(RPCError) in throw RPCError.internalError("trail unreadable") }
    #expect(throws: RPCError.internalError("trail unreadable")) {
      try ledger.writeAll(name, actor: "t", at: "2026-11-29T10:00:00+01:00") { _ throws(RegisterError) in
        [RegisterChange(removing: "K-2026-0001", type: "\(name).purged", change: ["id": "K-2026-0001"])]
      }
    }
    #expect(try ledger.read(name) { r throws(RPCError) in r["K-2026-0001"] } != nil, "still there")
  }

  /// The note itself: an audit trail it cannot read makes it throw (the service's note is this).
  @Test func theAuditNoteThrowsWhenTheTrailCannotBeRead() throws {
    let service = try Self.service()
    let register = Register(kind: .complaints)
    let removal = RegisterChange(removing: "K-2026-0001", type: "complaints.purged", change: [:])
    #expect(throws: RPCError.self) { _ = try AuditRemovals.note([removal], in: register, service, auditRegister: "nope") }
    let noted = try AuditRemovals.note([removal], in: register, service)
    #expect(noted.count == 1 && noted[0].change[AuditMembership.heldBy] == nil, "no filtered read returned it")
  }

  /// A kept filter that no longer reads is -32603 naming the register, not "not returned".
  @Test(arguments: [
    (StaffReads.reads.register, ["status": "retired"] as JSONObject),
    (RequestsReads.reads.register, ["dueBefore": "soon"] as JSONObject),
  ])
  func aKeptFilterThatNoLongerReadsIsAnError(register: String, filter: JSONObject) throws {
    let field = try #require(filter.keys.first)
    let service = try Self.service()
    let r = Register(kind: try #require(RegisterCatalog.kind(named: register)))
    let kept = try #require(AuditFilter(answer: [AuditFilter.member: .object(filter)]))
    let error = #expect(throws: RPCError.self) { _ = try kept.test(for: r, service) }
    #expect(error?.code == .internalError && Self.reason(error).contains(register) && Self.reason(error).contains("(\(field): "))
    let noFilters = Register(kind: .audit)
    let other = #expect(throws: RPCError.self) { _ = try kept.test(for: noFilters, service) }
    #expect(Self.reason(other).contains("kent geen filters"))
  }

  /// The examples' service that does not start is a problem naming the error, and a temporary
  /// directory left behind is logged.
  @Test func examplesThatCannotRunSayWhyAndTheLeftoverIsLogged() throws {
    let file = NSTemporaryDirectory() + "avgd-reported-failure-\(UUID().uuidString)"
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }  // test cleanup only
    let logged = Mutex<[String]>([])
    let recorded = ExampleRecorder.record([], in: file + "/examples", log: { line in logged.withLock { $0.append(line) } })
    #expect(recorded.problems.count == 1)
    #expect(recorded.problems.first?.hasPrefix("de voorbeelden konden niet worden uitgevoerd: de tijdelijke service start niet (") == true)
    #expect(recorded.problems.first?.count ?? 0 > 80, "the error itself is in it")
    let lines = logged.withLock { $0 }
    #expect(lines.count == 1 && lines.first?.contains(file + "/examples") == true)
  }
}
