import Foundation
import JSON

/// `avgd store …`: offline verify, repair, backup and info for operators and privacy officers.
/// Exit codes: 0 healthy/done, 1 damage or failure, 2 usage.
public enum StoreCommand {
  /// The usage text, shown on `help` and on usage errors.
  public static let usage = """
    usage: avgd store verify [--store DIR]          check every line, hash, chain link and the snapshot
           avgd store repair [--store DIR] --yes    keep a copy of damaged files and cut/restart the journal
           avgd store backup DEST [--store DIR] [--socket PATH]  consistent copy, also while avgd runs (it is asked)
           avgd store info [--store DIR]            files, sizes, events, last seq, snapshot
    DIR defaults to $AVGD_STORE, else $XDG_STATE_HOME/avgd, else ~/.local/state/avgd
    """

  /// Runs one subcommand with its arguments (without `avgd store`); returns the exit code.
  public static func run(_ args: [String]) -> Int32 {
    var dir = Store.defaultDirectory(), yes = false, json = false, positional: [String] = []
    var i = 1
    while i < args.count {
      switch args[i] {
      case "--store":
        guard i + 1 < args.count else { return fail("--store needs a directory") }
        dir = args[i + 1]
        i += 1
      case "--yes": yes = true
      case "--json": json = true
      case let a where a.hasPrefix("-"): return fail("unknown option \(a)")
      case let a: positional.append(a)
      }
      i += 1
    }
    switch args.first {
    case "verify"?, "info"?:
      guard positional.isEmpty else { return fail("unexpected argument \(positional[0])") }
      let report = Store.verify(directory: dir)
      print(json ? JSONWriter.pretty(report.json) : report.text)
      return report.ok ? 0 : 1
    case "repair"?:
      guard positional.isEmpty else { return fail("unexpected argument \(positional[0])") }
      return repair(dir, yes: yes)
    case "backup"?:
      guard positional.count == 1 else { return fail("backup needs exactly one destination directory") }
      return backup(dir, to: positional[0])
    case "help"?, "--help"?, "-h"?:
      print(usage)
      return 0
    default:
      return fail(args.first.map { "unknown subcommand \($0)" } ?? "missing subcommand")
    }
  }

  private static func repair(_ dir: String, yes: Bool) -> Int32 {
    let before = Store.verify(directory: dir)
    print(before.text)
    guard yes else {
      printError("repair changes files (keeping copies of what it changes); run again with --yes to proceed")
      return 2
    }
    do throws(StoreError) {
      let report = try Store.repair(directory: dir) { printError($0) }
      if !report.changed { print("nothing to repair") }
      for a in report.actions { print("repaired: \(a)") }
      print(report.after.text)
      return report.after.ok ? 0 : 1
    } catch {
      printError("repair failed: \(error)")
      return 1
    }
  }

  /// Copies a stopped store via `Store.open` (so the copy is recovered and consistent). A running avgd
  /// holds the lock: then the only correct copy is the daemon's own, so we say how to ask for it.
  private static func backup(_ dir: String, to dest: String) -> Int32 {
    if let pid = StoreLock.currentHolder(dir) {
      printError("the store is in use by avgd (pid \(pid)); ask it for a consistent backup: "
        + "avgd call store.backup '{\"destination\":\"\(dest)\"}'")
      return 1
    }
    do throws(StoreError) {
      let store = try Store.open(directory: dir) { printError($0) }
      defer { store.close() }
      try store.backup(to: dest)
      print("backup of \(dir) written to \(dest)")
      return 0
    } catch {
      printError("backup failed: \(error)")
      return 1
    }
  }

  private static func fail(_ message: String) -> Int32 {
    printError("avgd store: \(message)\n\(usage)")
    return 2
  }

  private static func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
  }
}
