import Foundation
import JSON
import Rules
import Service
import Transport
import Wording

/// `avgd export`: a register, or every register the caller may read, as a file for a person: an
/// Excel workbook (one sheet per register, issue 16) or CSV. Each register is fetched with its own
/// `<register>.export` call, so the daemon checks the caller's role per register exactly as for any
/// other call; a register the caller may not read is left out, and said so on stderr.
enum ExportCommand {
  /// Runs the command; exit 0, 1 (a call failed), 2 (usage), 3 (no daemon), 4 (connection).
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "format", "output", "expect-uid"])
      try a.check(known: ["socket", "format", "output", "all", "help", "expect-uid"])
      if a.flag("help") { print(Help.export); return 0 }
      let format = a.option("format") ?? "xlsx"
      guard ["xlsx", "csv"].contains(format) else { throw UsageError(Texts.CommandLine.formatChoices) }
      // Without --language the daemon's own (`avgd serve --language`, default nl) applies.
      let language = a.language?.rawValue
      guard a.flag("all") != !a.positionals.isEmpty else { throw UsageError(Texts.CommandLine.registersOrAll) }
      if format == "csv" && (a.flag("all") || a.positionals.count > 1) {
        throw UsageError(Texts.CommandLine.csvHoldsOneRegister)
      }
      let output = a.option("output")
      if format == "xlsx", output == nil, isatty(STDOUT_FILENO) == 1 {
        throw UsageError(Texts.CommandLine.xlsxNotForTheTerminal)
      }
      let client: UnixSocketClient
      let expected = try a.uid("expect-uid")
      do { client = try UnixSocketClient(path: a.option("socket") ?? Defaults.socketPath, expectedUID: expected) } catch {
        Stderr.say("export", "\(error)")
        return 3
      }
      defer { client.close() }
      return export(client, registers: a.flag("all") ? nil : a.positionals, format: format, language: language, output: output)
    } catch {
      return Stderr.usage("export", error, help: Help.export)
    }
  }

  private static func export(
    _ client: UnixSocketClient, registers: [String]?, format: String, language: String?, output: String?
  ) -> Int32 {
    var names = registers ?? []
    if registers == nil {
      guard case .ok(let document) = call(client, "rpc.discover", [:]) else { return 1 }
      names = (document["methods"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        .filter { $0.hasSuffix(".export") }.map { String($0.dropLast(".export".count)) }
    }
    var book = XLSXWorkbook()
    for name in names {
      var params: JSONObject = ["format": .string(format == "csv" ? "csv" : "table")]
      if let language { params["language"] = .string(language) }
      switch call(client, "\(name).export", params) {
      case .ok(let result):
        if format == "csv" { return write(Array((result["csv"]?.stringValue ?? "").utf8), to: output) }
        let header = (result["header"]?.arrayValue ?? []).map { $0.stringValue ?? "" }
        let rows = (result["rows"]?.arrayValue ?? []).map { ($0.arrayValue ?? []).map { $0.stringValue ?? "" } }
        book.sheets.append(XLSXWorkbook.Sheet(title: result["sheet"]?.stringValue ?? name, header: header, rows: rows))
      case .refused(let code, let message) where registers == nil && (code == 1004 || code == -32601):
        Stderr.say("export", Texts.CommandLine.leftOut(name, message))
      case .refused(_, let message):
        Stderr.say("export", "\(name).export: \(message)")
        return 1
      case .failed(let reason):
        Stderr.say("export", reason)
        return 4
      }
    }
    guard !book.sheets.isEmpty else {
      Stderr.say("export", Texts.CommandLine.noRegisterReadable)
      return 1
    }
    let now = Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    return write(book.bytes(at: now), to: output)
  }

  /// What one call gave.
  private enum Outcome {
    case ok(JSONValue)
    case refused(Int, String)
    case failed(Text)
  }

  private static func call(_ client: UnixSocketClient, _ method: String, _ params: JSONObject) -> Outcome {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": 1]
    let bytes: [UInt8]
    do { bytes = try client.call(JSONWriter.bytes(request)) } catch { return .failed(Texts.CommandLine.connectionFailed("\(error)")) }
    let reply: JSONValue
    do { reply = try JSONParser.parse(bytes) } catch { return .failed(Texts.CommandLine.replyNotJSON(to: method, "\(error)")) }
    if let e = reply["error"] {
      let reason = e["data"]?["reason"]?.stringValue.map { ": \($0)" } ?? ""
      return .refused(e["code"]?.intValue ?? 0, (e["message"]?.stringValue ?? "error") + reason)
    }
    return .ok(reply["result"] ?? .null)
  }

  private static func write(_ bytes: [UInt8], to output: String?) -> Int32 {
    if let output {
      guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
        Stderr.say("export", Texts.CommandLine.cannotWrite(output))
        return 1
      }
      return 0
    }
    FileHandle.standardOutput.write(Data(bytes))
    return 0
  }
}
