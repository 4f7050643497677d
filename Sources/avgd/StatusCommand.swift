import Foundation
import JSON

/// `avgd status`: what needs attention now (`reports.status`) as text in the terminal, most
/// urgent first; coloured only when stdout is a terminal and NO_COLOR is unset, so a pipe or a
/// cron mail gets plain text. `--html` prints the one-page HTML instead.
enum StatusCommand {
  /// Runs the command; exit status as `avgd call`.
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "on", "school", "language"])
      try a.check(known: ["socket", "on", "school", "language", "html", "help"])
      if a.flag("help") { print(Help.status); return 0 }
      var params: JSONObject = ["format": a.flag("html") ? "html" : "json"]
      for name in ["on", "school", "language"] { if let v = a.option(name) { params[name] = .string(v) } }
      switch DaemonCall.call("reports.status", params, socket: a.option("socket") ?? Defaults.socketPath, command: "status") {
      case .failure(let e): return e.status
      case .success(let result):
        let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = a.flag("html") ? result["html"]?.stringValue ?? "" : Self.text(result, colour: colour, dutch: a.option("language") != "en")
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
      }
    } catch {
      FileHandle.standardError.write(Data("avgd status: \(error.message)\n\n\(Help.status)\n".utf8))
      return 2
    }
  }

  /// The overview as terminal lines: a heading per urgency, then `id  title  (due)`.
  static func text(_ result: JSONValue, colour: Bool, dutch: Bool) -> String {
    let groups: [(key: String, nl: String, en: String, ansi: String)] = [
      ("overdue", "TERMIJN VERSTREKEN", "OVERDUE", "\u{1B}[1;31m"),
      ("dueSoon", "TERMIJN LOOPT BIJNA AF", "DUE SOON", "\u{1B}[1;33m"),
      ("check", "CONTROLEREN", "TO CHECK", "\u{1B}[1;36m"),
    ]
    let reset = colour ? "\u{1B}[0m" : ""
    let items = result["items"]?.arrayValue ?? []
    var out = (dutch ? "avgd status op " : "avgd status at ") + (result["at"]?.stringValue ?? "") + "\n"
    if items.isEmpty { return out + (dutch ? "Er staat niets open.\n" : "Nothing is open.\n") }
    for g in groups {
      let group = items.filter { $0["urgency"]?.stringValue == g.key }
      guard !group.isEmpty else { continue }
      out += "\n" + (colour ? g.ansi : "") + "\(dutch ? g.nl : g.en) (\(group.count))" + reset + "\n"
      for i in group {
        let id = (i["id"]?.stringValue ?? "").padding(toLength: 12, withPad: " ", startingAt: 0)
        out += "  " + (colour ? g.ansi : "") + id + reset + " " + Self.clean(i["title"]?.stringValue ?? "")
        if let due = i["due"]?.stringValue { out += " (\(due))" }
        out += "\n"
        if let s = i["summary"]?.stringValue { out += "               " + Self.clean(s) + "\n" }
      }
    }
    return out
  }

  /// `s` without control characters, so a record's text cannot move the cursor or recolour the terminal.
  static func clean(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
