import Foundation
import JSON
import Store
import Transport
import Wording

/// `avgd store backup DEST`: a consistent copy whether or not the daemon runs. A stopped store is
/// copied directly (the Store module's command); a running daemon owns the store, so it is asked
/// over its socket (`store.backup`), which copies under its own lock while it keeps serving.
enum StoreBackupCommand {
  /// The command's name before its messages on stderr.
  private static let command = ["store", "backup"].joined(separator: " ")

  /// Copies directly when the store is free, else asks the running daemon over `--socket`;
  /// `language` (the command line's explicit `--language`) is sent with that call.
  static func run(_ args: [String], language: Language?) -> Int32 {
    var rest: [String] = []
    var socket = Defaults.socketPath
    var store = Defaults.storeDirectory
    var i = 0
    while i < args.count {
      if args[i] == "--socket", i + 1 < args.count {
        socket = args[i + 1]
        i += 2
        continue
      }
      if args[i] == "--store", i + 1 < args.count {
        store = args[i + 1]
        rest += [args[i], args[i + 1]]
        i += 2
        continue
      }
      // The operator's own path: `../backups/x` from the shell is meant, so it is made absolute and
      // its `.`/`..` resolved here; the store refuses such names only as they reach it.
      rest.append(i > 0 && !args[i].hasPrefix("-") ? absolute(args[i]) : args[i])
      i += 1
    }
    guard let pid = Store.runningDaemonPID(directory: store) else { return StoreCommand.run(rest) }
    guard let dest = rest.dropFirst().first(where: { !$0.hasPrefix("-") && $0 != store }) else {
      return StoreCommand.run(rest)
    }
    let absolute = dest
    var params: JSONObject = ["destination": .string(absolute)]
    if let language { params["language"] = .string(language.rawValue) }
    let request: JSONValue = ["jsonrpc": "2.0", "method": "store.backup", "params": .object(params), "id": 1]
    return ask(socket: socket, pid: pid, store: store, request: request, destination: absolute)
  }

  /// `path` made absolute against the working directory, with `.` and `..` resolved lexically.
  static func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var parts: [Substring] = []
    for part in full.split(separator: "/") {
      if part == "." { continue }
      if part == ".." { _ = parts.popLast(); continue }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Sends `request` to the daemon on `socket` and reports its answer.
  private static func ask(socket: String, pid: Int32, store: String, request: JSONValue, destination absolute: String) -> Int32 {
    do {
      let reply = try JSONParser.parse(try UnixSocketClient(path: socket).call(JSONWriter.bytes(request)))
      if let error = reply["error"] {
        Stderr.say(command, Texts.CommandLine.daemonRefused(JSONWriter.string(error)))
        return 1
      }
      print(Texts.CommandLine.backupWritten(store, to: absolute, pid: pid))
      return 0
    } catch {
      Stderr.say(command, Texts.CommandLine.daemonSilent(pid: pid, store: store, socket: socket, "\(error)"))
      return 1
    }
  }
}
