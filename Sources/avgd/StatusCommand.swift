import Foundation
import JSON
import Wording

/// `avgd status`: what needs attention now (`reports.status`) as text in the terminal, most
/// urgent first; coloured only when stdout is a terminal and NO_COLOR is unset, so a pipe or a
/// cron mail gets plain text. `--html` prints the one-page HTML instead.
enum StatusCommand {
  /// Runs the command; exit status as `avgd call`.
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "on", "school"])
      try a.check(known: ["socket", "on", "school", "html", "help"])
      if a.flag("help") { print(Help.status); return 0 }
      var params: JSONObject = ["format": a.flag("html") ? "html" : "json"]
      for name in ["on", "school"] { if let v = a.option(name) { params[name] = .string(v) } }
      if let l = a.language { params["language"] = .string(l.rawValue) }
      switch DaemonCall.call("reports.status", params, socket: a.option("socket") ?? Defaults.socketPath, command: "status") {
      case .failure(let e): return e.status
      case .success(let result):
        let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = a.flag("html") ? result["html"]?.stringValue ?? "" : Self.text(result, colour: colour)
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
      }
    } catch {
      return Stderr.usage("status", error, help: Help.status)
    }
  }

  /// The overview as terminal lines: a heading per urgency, then `id  title  (due)`. The headings
  /// are the command line's language; the titles and summaries are the answer's (the call's
  /// `--language`, else the daemon's).
  static func text(_ result: JSONValue, colour: Bool) -> String {
    let say = Texts.CommandLine.self
    let groups: [(key: String, heading: Text, ansi: String)] = [
      ("overdue", say.overdueHeading, "\u{1B}[1;31m"),
      ("dueSoon", say.dueSoonHeading, "\u{1B}[1;33m"),
      ("check", say.checkHeading, "\u{1B}[1;36m"),
    ]
    let reset = colour ? "\u{1B}[0m" : ""
    let items = result["items"]?.arrayValue ?? []
    var out = say.statusAt(result["at"]?.stringValue ?? "").string + "\n"
    if items.isEmpty { return out + say.nothingOpen.string + "\n" }
    for g in groups {
      let group = items.filter { $0["urgency"]?.stringValue == g.key }
      guard !group.isEmpty else { continue }
      out += "\n" + (colour ? g.ansi : "") + "\(g.heading) (\(group.count))" + reset + "\n"
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
