import Wording
import Foundation
import JSON
import Synchronization
import JSONRPC
import Store

/// The avgd service: its configuration, clock and state, and the method table bound to them.
/// Transports drive it through `server` (an `RPCServer`); tests may call it in-process.
public final class AvgdService: @unchecked Sendable {
  // @unchecked: every stored property is a constant except `server`, which is set twice inside
  // `init` (a placeholder, then the table bound to `self`) and never after; the document cache
  // sits behind its own mutex, the registers behind the ledger's locks.
  /// How it was started.
  public let configuration: ServiceConfiguration
  /// When it started (for `service.info` uptime).
  public let startedAt: Date
  /// The dispatcher over every published method.
  public private(set) var server: RPCServer
  /// The OpenRPC document served by `rpc.discover`, with the recorded example results. Built on
  /// first use, not at start: recording runs every example on a throwaway store, work a daemon
  /// that is never asked for its document should not do.
  public var openRPC: JSONValue { document.json }
  /// Declared examples that no longer hold (empty when the document is true).
  public var exampleProblems: [String] { document.problems }
  private let recordExamples: Bool
  private let log: @Sendable (String) -> Void
  /// The OpenRPC document once built; the mutex also makes a second caller wait for the first build.
  private let cachedDocument = Mutex<(json: JSONValue, problems: [String])?>(nil)
  /// The registers and their journal.
  let ledger: Ledger
  /// Where events are kept.
  let journal: any Journal

  /// Builds the service and its method table.
  public convenience init(configuration: ServiceConfiguration, log: @escaping @Sendable (String) -> Void = { _ in })
    throws
  {
    try self.init(configuration: configuration, recordExamples: true, log: log)
  }

  /// `recordExamples: false` serves the declared examples as they are (the recorder's own service).
  convenience init(configuration: ServiceConfiguration, recordExamples: Bool, log: @escaping @Sendable (String) -> Void = { _ in })
    throws
  {
    let journal: any Journal
    if let dir = configuration.storeDirectory {
      let store = try Store.open(directory: dir, options: configuration.storeOptions, log: log)
      // The store logged its recovery warnings itself (store.recovered.warnings keeps them for tests).
      journal = StoreJournal(store: store)
    } else {
      journal = MemoryJournal()
    }
    try self.init(configuration: configuration, journal: journal, recordExamples: recordExamples, log: log)
  }

  /// A service over `journal` (tests pass a spy journal to see what the ledger asks of the disk).
  init(
    configuration: ServiceConfiguration, journal: any Journal, recordExamples: Bool,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws {
    self.configuration = configuration
    self.startedAt = Date()
    self.recordExamples = recordExamples
    self.log = log
    self.journal = journal
    // A memory-only service keeps no snapshots: building one would be work thrown away.
    self.ledger = Ledger(
      journal: journal, registers: RegisterCatalog.all,
      snapshotEvery: configuration.storeDirectory == nil ? Int.max : configuration.storeOptions.snapshotEvery)
    self.server = RPCServer(table: try MethodTable([]))
    let table = try MethodTable(MethodCatalog.declarations(for: self).map { $0.takingLanguage() })
    let access = configuration.access
    // Reads of personal data are audited by the dispatcher from each declaration (`audit`).
    // A computed (`.custom`) policy that finds no record ids returned no personal data: nothing to
    // audit (a requests.open that registered a new request, a report that names no record).
    let auditor: RPCServer.Auditor = { [unowned self] context, declaration, answer throws(RPCError) in
      if case .custom? = declaration.audit, case .ids(let ids) = answer, ids.isEmpty { return }
      try self.recordAudit(context, answer)
    }
    self.server = RPCServer(
      table: table, limits: configuration.limits, authorize: { access.authorize($0, $1) }, audit: auditor,
      scope: { access.scope(of: $0, for: $1) }, language: configuration.language, log: log)
    // A removal names the filtered audit events that returned the record (issue 13 §3).
    ledger.noteRemovals { [unowned self] r, changes throws(RPCError) in try AuditRemovals.note(changes, in: r, self) }
  }

  /// The document and its example problems, computed once.
  private var document: (json: JSONValue, problems: [String]) {
    cachedDocument.withLock { cached in
    if let cached { return cached }
    let table = server.table
    let built: (json: JSONValue, problems: [String])
    if recordExamples {
      let recorded = ExampleRecorder.record(table.declarations, log: log)
      for p in recorded.problems { log(Texts.Failures.exampleDoesNotHold(p).logLine) }
      built = (OpenRPCDocument.build(table: table, info: Self.info, exampleResults: recorded.results), recorded.problems)
    } else {
      built = (OpenRPCDocument.build(table: table, info: Self.info), [])
    }
    cached = built
    return built
    }
  }

  /// The OpenRPC Info object.
  static let info: JSONObject = [
    "title": "avgd",
    "version": .string(ServiceVersion.protocolVersion),
    // Documentation for integrators, in English like every method's description.
    "description": .string(
      """
      AVG (GDPR) duties of Dutch schools (po, vo, mbo) as a JSON-RPC 2.0 service: breaches, subject requests, \
      who holds which right, and the school's registers. Params are by name; dates are YYYY-MM-DD; instants \
      are RFC 3339 with an offset; the calendar is Europe/Amsterdam. See Protocol/README.md.
      """),
    "license": ["name": "EUPL-1.2"],
  ]

  /// "Now" for every rule that needs a default date: the pinned `fixedNow` (tests, examples,
  /// `AVGD_NOW`) or the system clock. No rule reads the clock itself.
  public func now() -> Date {
    if let fixed = configuration.fixedNow, let d = Self.rfc3339.date(from: fixed) { return d }
    return Date()
  }

  nonisolated(unsafe) private static let rfc3339: ISO8601DateFormatter = {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f
  }()

  /// Orderly stop: a final snapshot, then the store is closed. Called once, after the transports drained.
  public func shutdown() {
    ledger.snapshot()
    journal.close()
  }

  /// Seconds since start.
  public var uptimeSeconds: Double { Date().timeIntervalSince(startedAt) }
}
