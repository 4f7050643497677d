import Foundation
import JSON
import Wording

/// `avgd report --year 2026 > jaarverslag-2026.html`: the annual privacy report (`reports.annual`)
/// on stdout, as one self-contained HTML document (or its figures with `--json`).
enum ReportCommand {
  /// Runs the command; exit status as `avgd call`.
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "year", "school"])
      try a.check(known: ["socket", "year", "school", "json", "help"])
      if a.flag("help") { print(Help.report); return 0 }
      guard let yearText = a.option("year"), let year = Int(yearText) else { throw UsageError(Texts.CommandLine.yearRequired) }
      var params: JSONObject = ["year": .int(year), "format": a.flag("json") ? "json" : "html"]
      if let s = a.option("school") { params["school"] = .string(s) }
      if let l = a.language { params["language"] = .string(l.rawValue) }
      switch DaemonCall.call("reports.annual", params, socket: a.option("socket") ?? Defaults.socketPath, command: "report") {
      case .failure(let e): return e.status
      case .success(let result):
        let text = a.flag("json") ? JSONWriter.string(result) + "\n" : result["html"]?.stringValue ?? ""
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
      }
    } catch {
      return Stderr.usage("report", error, help: Help.report)
    }
  }
}
