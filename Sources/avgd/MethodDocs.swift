import Foundation
import JSON
import Service
import Transport
import Wording

/// Help per method where people look for it (issue 16 §4): `avgd methods` and
/// `avgd call METHOD --help`, written from the method declarations — the running daemon's
/// `rpc.discover` (what that daemon serves), or this binary's own declarations when no daemon
/// answers — so the help can never disagree with what the service accepts.
enum MethodDocs {
  /// The OpenRPC document: the running daemon's, else this binary's own; throws only when this
  /// binary cannot build its own either.
  static func document(socket: String, expectedUID: UInt32?) throws -> JSONValue {
    // Nil is the answer here: no daemon (or not the expected user's) means this binary's own declarations.
    if let client = try? UnixSocketClient(path: socket, expectedUID: expectedUID) {
      defer { client.close() }
      let request: JSONValue = ["jsonrpc": "2.0", "method": "rpc.discover", "id": 1]
      // Nil again falls back to our own: a daemon that fails mid-call or answers no document still
      // leaves the help to give, from the declarations this binary was built with.
      if let bytes = try? client.call(JSONWriter.bytes(request)), let reply = try? JSONParser.parse(bytes),
        let result = reply["result"], result["methods"] != nil
      {
        return result
      }
    }
    return try AvgdService(configuration: ServiceConfiguration()).openRPC
  }

  /// `avgd methods`: one line per method, its name and one-line summary.
  static func list(_ document: JSONValue) -> String {
    let methods = (document["methods"]?.arrayValue ?? []).map {
      ($0["name"]?.stringValue ?? "", $0["summary"]?.stringValue ?? "")
    }
    let width = methods.map(\.0.count).max() ?? 0
    return methods.map { name, summary in
      name + String(repeating: " ", count: width - name.count + 2) + summary
    }.joined(separator: "\n")
  }

  /// The declaration of `name`, if the document has it.
  static func method(_ name: String, in document: JSONValue) -> JSONValue? {
    (document["methods"]?.arrayValue ?? []).first { $0["name"]?.stringValue == name }
  }

  /// `avgd call METHOD --help`: summary, description, parameters (type, required, description),
  /// the roles allowed and the declaration's first example as a command to paste. The headings are
  /// the command line's language; the summary and descriptions are the declaration's (English, the
  /// protocol reference's language), which the last line says.
  static func help(_ m: JSONValue) -> String {
    let say = Texts.CommandLine.self
    let name = m["name"]?.stringValue ?? ""
    var out = "\(name) — \(m["summary"]?.stringValue ?? "")\n"
    if let d = m["description"]?.stringValue, !d.isEmpty { out += "\n" + wrap(d, indent: "") + "\n" }
    let params = m["params"]?.arrayValue ?? []
    out += "\n\(say.parametersHeading)\n"
    if params.isEmpty { out += "  \(say.noParameters)\n" }
    let width = params.map { ($0["name"]?.stringValue ?? "").count }.max() ?? 0
    for p in params {
      let pname = p["name"]?.stringValue ?? ""
      let required = p["required"] == .bool(true) ? say.required : say.optional
      let summary = p["summary"]?.stringValue ?? p["description"]?.stringValue ?? ""
      out += "  \(pname)\(String(repeating: " ", count: width - pname.count))  \(type(p["schema"])), \(required)\n"
      out += wrap(summary, indent: "      ") + "\n"
    }
    let roles = (m["x-roles"]?.arrayValue ?? []).compactMap(\.stringValue)
    out += "\n\(say.roles(roles.isEmpty ? say.everyone.string : roles.joined(separator: ", ")))\n"
    if let example = m["examples"]?.arrayValue?.first {
      let pairs = (example["params"]?.arrayValue ?? []).map { ($0["name"]?.stringValue ?? "", $0["value"] ?? .null) }
      out += "\n\(say.example(example["name"]?.stringValue ?? ""))\n"
      let command = "  " + ["avgd", "call", name].joined(separator: " ")
      out += command + pairs.map { " " + shellWord("\($0.0)=\(text($0.1))") }.joined() + "\n"
      let object = JSONObject(pairs)
      out += command + " " + shellWord(JSONWriter.string(.object(object))) + "\n"
    }
    return out + "\n" + wrap(say.descriptionsFromTheReference.string, indent: "") + "\n"
  }

  /// A schema in a few words: `string (date)`, `integer`, `one of: a, b`.
  static func type(_ schema: JSONValue?) -> String {
    let say = Texts.CommandLine.self
    guard let schema else { return say.anyType.string }
    if let e = schema["enum"]?.arrayValue { return say.oneOf(e.map(text).joined(separator: ", ")).string }
    if let alternatives = (schema["oneOf"] ?? schema["anyOf"])?.arrayValue {
      return alternatives.map { type($0) }.joined(separator: say.orSeparator.string)
    }
    let named = schema["type"]?.stringValue ?? schema["$ref"]?.stringValue.map { String($0.split(separator: "/").last ?? "") }
    var t = named ?? say.anyType.string
    if let f = schema["format"]?.stringValue { t += " (\(f))" }
    if named == "array", let item = schema["items"] { t = say.arrayOf(type(item)).string }
    return t
  }

  /// A value as `key=value` writes it: a string as is (JSON when it would read as another type), else JSON.
  static func text(_ v: JSONValue) -> String {
    if case .string(let s) = v, CallParams.value(s) == .string(s) { return s }
    return JSONWriter.string(v)
  }

  /// `word` quoted for a POSIX shell when it holds anything but plain characters.
  static func shellWord(_ word: String) -> String {
    let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:=/+@,")
    if !word.isEmpty, word.allSatisfy(plain.contains) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `text` wrapped at about 100 columns with `indent` before each line.
  static func wrap(_ text: String, indent: String) -> String {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.count > indent.count, line.count + word.count + 1 > 100 {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}

/// `avgd methods`: the methods with their one-line summary (the daemon's, else this binary's).
enum MethodsCommand {
  /// Prints the list; 0, or 2 on a usage error, 1 when no document could be had.
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "expect-uid"])
      try a.check(known: ["socket", "expect-uid", "help"])
      if a.flag("help") { print(Help.methods); return 0 }
      guard a.positionals.isEmpty else { throw UsageError(Texts.CommandLine.unexpectedArgument(a.positionals[0])) }
      let socket = a.option("socket") ?? Defaults.socketPath, expected = try a.uid("expect-uid")
      let document: JSONValue
      do { document = try MethodDocs.document(socket: socket, expectedUID: expected) } catch {
        Stderr.say("methods", Texts.CommandLine.declarationsUnreadable("\(error)"))
        return 1
      }
      print(MethodDocs.list(document))
      return 0
    } catch {
      return Stderr.usage("methods", error, help: Help.methods)
    }
  }
}
