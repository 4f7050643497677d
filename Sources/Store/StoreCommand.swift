import Foundation
import JSON
import Wording

/// `avgd store …`: offline verify, repair, backup and info for operators and privacy officers.
/// Exit codes: 0 healthy/done, 1 damage or failure, 2 usage. Everything printed is in
/// `Language.current`, the process's language on the command line (issue 16 §1): the executable
/// reads `--language` for every command (main.swift) before this runs; Dutch by default.
public enum StoreCommand {
  /// The usage text, shown on `help` and on usage errors (rendered when read, never kept).
  public static var usage: String { Texts.StoreCommand.usage.string }

  /// Runs one subcommand with its arguments (without `avgd store`); returns the exit code.
  public static func run(_ args: [String]) -> Int32 {
    var dir = Store.defaultDirectory(), yes = false, json = false, positional: [String] = []
    var i = 1
    while i < args.count {
      switch args[i] {
      case "--store":
        guard i + 1 < args.count else { return fail(Texts.StoreCommand.storeNeedsDirectory) }
        dir = args[i + 1]
        i += 1
      case "--yes": yes = true
      case "--json": json = true
      case let a where a.hasPrefix("-"): return fail(Texts.StoreCommand.unknownOption(a))
      case let a: positional.append(a)
      }
      i += 1
    }
    switch args.first {
    case "verify"?, "info"?:
      guard positional.isEmpty else { return fail(Texts.StoreCommand.unexpectedArgument(positional[0])) }
      let report = Store.verify(directory: dir)
      print(json ? JSONWriter.pretty(report.json) : report.text)
      return report.ok ? 0 : 1
    case "repair"?:
      guard positional.isEmpty else { return fail(Texts.StoreCommand.unexpectedArgument(positional[0])) }
      return repair(dir, yes: yes)
    case "backup"?:
      guard positional.count == 1 else { return fail(Texts.StoreCommand.backupNeedsOneDestination) }
      return backup(dir, to: positional[0])
    case "help"?, "--help"?, "-h"?:
      print(usage)
      return 0
    default:
      return fail(args.first.map { Texts.StoreCommand.unknownSubcommand($0) } ?? Texts.StoreCommand.missingSubcommand)
    }
  }

  private static func repair(_ dir: String, yes: Bool) -> Int32 {
    let before = Store.verify(directory: dir)
    print(before.text)
    guard yes else {
      printError(Texts.StoreCommand.repairNeedsYes.string)
      return 2
    }
    do throws(StoreError) {
      let report = try Store.repair(directory: dir) { printError($0) }
      if !report.changed { print(Texts.StoreCommand.nothingToRepair.string) }
      for a in report.actions { print(Texts.StoreCommand.repaired(a).string) }
      print(report.after.text)
      return report.after.ok ? 0 : 1
    } catch {
      printError(Texts.StoreCommand.repairFailed(error.text).string)
      return 1
    }
  }

  /// Copies a stopped store via `Store.open` (so the copy is recovered and consistent). A running avgd
  /// holds the lock: then the only correct copy is the daemon's own, so we say how to ask for it.
  private static func backup(_ dir: String, to dest: String) -> Int32 {
    if let pid = StoreLock.currentHolder(dir) {
      printError(Texts.StoreCommand.askTheDaemon(pid: pid, destination: dest).string)
      return 1
    }
    do throws(StoreError) {
      let store = try Store.open(directory: dir) { printError($0) }
      defer { store.close() }
      try store.backup(to: dest)
      print(Texts.StoreCommand.backupWritten(dir, to: dest).string)
      return 0
    } catch {
      printError(Texts.StoreCommand.backupFailed(error.text).string)
      return 1
    }
  }

  private static func fail(_ message: Text) -> Int32 {
    printError(Texts.StoreCommand.usageError(message).string)
    return 2
  }

  private static func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
  }
}
