import Foundation
import JSONRPC
import Service
import Transport
import Wording

/// `avgd serve`: runs the service on stdio, a Unix socket, or both, until end of input (stdio
/// only) or SIGTERM/SIGINT/SIGHUP; then drains in-flight requests (bounded), snapshots, unlinks, exits 0.
enum ServeCommand {
  /// The options of `avgd serve` that take a value.
  static let valued: Set<String> = [
    "socket", "socket-mode", "store", "log-level", "max-message-bytes", "max-batch", "max-connections",
    "max-in-flight", "write-timeout", "leap-day", "complaint-retention-years", "roles", "board",
    "max-reply-bytes", "max-batch-reply-bytes", "max-connections-per-uid", "reserved-connections",
    "idle-timeout", "request-timeout", "image-consent-renewal", "staff-grace-days", "language",
  ]

  /// Parses the options, opens the store (refusing a second owner) and runs the daemon.
  static func run(_ args: [String]) -> Int32 {
    // Before any thread exists (the store's flusher, the transports): see Signals.blockTermination.
    Signals.blockTermination()
    let log = Log()
    let activatedFDs = SystemdActivation.listenFDs()
    var config: ServiceConfiguration
    let socketMode: mode_t
    let roles: String?
    do throws(UsageError) {
      let a = try Arguments(args, valued: valued)
      try a.check(known: valued.union(["stdio", "memory", "help", "allow-network-fs"]))
      if a.flag("help") { print(Help.serve); return 0 }
      guard a.positionals.isEmpty else { throw UsageError(Texts.CommandLine.unexpectedArgument(a.positionals[0])) }
      if let l = a.option("log-level") {
        guard let level = Log.Level(name: l) else { throw UsageError(Texts.CommandLine.logLevelChoices) }
        log.level = level
      }
      config = try configuration(a, activated: activatedFDs.first)
      log.board = config.board
      socketMode = try mode(a.option("socket-mode") ?? "0600")
      roles = a.option("roles")
    } catch {
      return Stderr.usage("serve", error, help: Help.serve)
    }
    do throws(RolesConfigError) {
      config.access = try RolesFile.policy(option: roles, store: config.storeDirectory)
    } catch {
      Stderr.say("serve", "\(error)")
      return 1
    }
    Signals.ignoreSIGPIPE()
    let service: AvgdService
    do {
      service = try AvgdService(configuration: config, log: { log.info($0) })
    } catch {
      log.error("\(error)")
      return 1
    }
    return Server(service: service, config: config, socketMode: socketMode, activatedFD: activatedFDs.first, log: log)
      .run()
  }

  /// The service configuration from the options; `activated` is the fd systemd passed, if any.
  static func configuration(_ a: Arguments, activated: Int32?) throws(UsageError) -> ServiceConfiguration {
    var c = ServiceConfiguration()
    c.stdio = a.flag("stdio")
    if let fd = activated {
      c.socketPath = SystemdActivation.boundPath(of: fd) ?? a.option("socket") ?? "systemd:fd\(fd)"
    } else if let s = a.option("socket") {
      c.socketPath = s
    } else if !c.stdio {
      c.socketPath = Defaults.socketPath
    }
    if !a.flag("memory") { c.storeDirectory = a.option("store") ?? Defaults.storeDirectory }
    c.storeOptions.allowNetworkFileSystem = a.flag("allow-network-fs")
    c.fixedNow = ProcessInfo.processInfo.environment["AVGD_NOW"]
    if let b = a.option("board") {
      let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
      guard (1...64).contains(b.count), b.allSatisfy(allowed.contains), b.first != "." else {
        throw UsageError(Texts.CommandLine.boardShape)
      }
      c.board = b
    }
    func int(_ name: String, _ keyPath: WritableKeyPath<Limits, Int>) throws(UsageError) {
      guard let v = a.option(name) else { return }
      guard let n = Int(v), n > 0 else { throw UsageError(Texts.CommandLine.positiveWholeNumber(name)) }
      c.limits[keyPath: keyPath] = n
    }
    try int("max-message-bytes", \.maxMessageBytes)
    try int("max-batch", \.maxBatchSize)
    try int("max-connections", \.maxConnections)
    try int("max-in-flight", \.maxInFlightPerConnection)
    try int("max-reply-bytes", \.maxReplyBytes)
    try int("max-batch-reply-bytes", \.maxBatchReplyBytes)
    try int("max-connections-per-uid", \.maxConnectionsPerUID)
    if let v = a.option("reserved-connections") {
      guard let n = Int(v), n >= 0, n < c.limits.maxConnections else {
        throw UsageError(Texts.CommandLine.reservedBelowMax)
      }
      c.limits.reservedConnections = n
    }
    func seconds(_ name: String, _ keyPath: WritableKeyPath<Limits, Double>) throws(UsageError) {
      guard let v = a.option(name) else { return }
      guard let d = Double(v), d > 0, d.isFinite else { throw UsageError(Texts.CommandLine.positiveSeconds(name)) }
      c.limits[keyPath: keyPath] = d
    }
    try seconds("write-timeout", \.writeTimeoutSeconds)
    try seconds("idle-timeout", \.idleTimeoutSeconds)
    try seconds("request-timeout", \.requestTimeoutSeconds)
    // Checked by Arguments; main.swift has already made it the process's language.
    if let l = a.language { c.language = l }
    if let v = a.option("leap-day") {
      guard v == "march1" || v == "february28" else { throw UsageError(Texts.CommandLine.leapDayChoices) }
      c.leapDayConvention = v
    }
    if let v = a.option("complaint-retention-years") {
      guard let n = Int(v), (1...100).contains(n) else { throw UsageError(Texts.CommandLine.complaintRetentionYears) }
      c.complaintRetentionYears = n
    }
    if let v = a.option("image-consent-renewal") {
      guard ServiceConfiguration.isValidImageConsentRenewal(v) else { throw UsageError(Texts.CommandLine.imageConsentRenewal) }
      c.imageConsentRenewal = v
    }
    if let v = a.option("staff-grace-days") {
      guard let n = Int(v), (0...365).contains(n) else { throw UsageError(Texts.CommandLine.staffGraceDays) }
      c.staffInstructionGraceDays = n
    }
    return c
  }

  /// An octal file mode such as `0660`.
  static func mode(_ s: String) throws(UsageError) -> mode_t {
    guard let m = mode_t(s, radix: 8), m <= 0o777 else { throw UsageError(Texts.CommandLine.socketModeOctal) }
    return m
  }
}
