import Foundation
import JSON
import Transport
import Wording

/// `avgd call`: one request from a shell script; the result on stdout, an error on stderr.
/// Params are one JSON object or `key=value` pairs (`CallParams`); `avgd call METHOD --help`
/// prints the method's declaration (`MethodDocs`).
/// `--raw`: a result that is a string (`breaches.apForm` with `format: text` or `html`) is printed
/// as the text itself, not as a JSON string, so a person can read and copy it; any other result is
/// printed as JSON as usual.
/// `--language nl|en` is sent as the call's `language` param (unless the params name one already),
/// so the answer's texts are in the language the command speaks; without it the daemon's applies.
enum CallCommand {
  /// Sends one request and maps the reply to stdout/stderr and an exit code (0, 1, 2, 3, 4).
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "expect-uid"])
      try a.check(known: ["socket", "expect-uid", "help", "raw"])
      if a.flag("help") {
        guard let method = a.positionals.first else { print(Help.call); return 0 }
        return methodHelp(method, socket: a.option("socket") ?? Defaults.socketPath, expectedUID: try a.uid("expect-uid"))
      }
      guard let method = a.positionals.first else { throw UsageError(Texts.CommandLine.callNeedsMethod) }
      var params = try CallParams.parse(Array(a.positionals.dropFirst()))
      if let language = a.language, case .object(var object) = params, object["language"] == nil {
        object["language"] = .string(language.rawValue)
        params = .object(object)
      }
      let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": params, "id": 1]
      let path = a.option("socket") ?? Defaults.socketPath
      let expected = try a.uid("expect-uid")
      let client: UnixSocketClient
      do { client = try UnixSocketClient(path: path, expectedUID: expected) } catch {
        Stderr.say("call", "\(error)")
        return 3
      }
      let replyBytes: [UInt8]
      do { replyBytes = try client.call(JSONWriter.bytes(request)) } catch {
        Stderr.say("call", "\(error)")
        return 4
      }
      let reply: JSONValue
      do { reply = try JSONParser.parse(replyBytes) } catch {
        Stderr.say("call", Texts.CommandLine.replyNotJSON("\(error)"))
        return 4
      }
      if let error = reply["error"] {
        FileHandle.standardError.write(Data((JSONWriter.string(error) + "\n").utf8))
        return 1
      }
      if a.flag("raw"), let text = reply["result"]?.stringValue {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
        return 0
      }
      FileHandle.standardOutput.write(Data((JSONWriter.string(reply["result"] ?? .null) + "\n").utf8))
      return 0
    } catch {
      return Stderr.usage("call", error, help: Help.call)
    }
  }

  /// `avgd call METHOD --help`: 0 with the help, 1 when METHOD is not a method (with the list's hint)
  /// or no declarations could be had.
  static func methodHelp(_ method: String, socket: String, expectedUID: UInt32?) -> Int32 {
    let document: JSONValue
    do { document = try MethodDocs.document(socket: socket, expectedUID: expectedUID) } catch {
      Stderr.say("call", Texts.CommandLine.declarationsUnreadable("\(error)"))
      return 1
    }
    guard let m = MethodDocs.method(method, in: document) else {
      Stderr.say("call", Texts.CommandLine.notAMethod(method))
      return 1
    }
    print(MethodDocs.help(m), terminator: "")
    return 0
  }
}
