import Foundation
import JSON
import Transport

/// `avgd call`: one request from a shell script; the result on stdout, an error on stderr.
/// Params are one JSON object or `key=value` pairs (`CallParams`); `avgd call METHOD --help`
/// prints the method's declaration (`MethodDocs`).
/// `--raw`: a result that is a string (`breaches.apForm` with `format: text` or `html`) is printed
/// as the text itself, not as a JSON string, so a person can read and copy it; any other result is
/// printed as JSON as usual.
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
      guard let method = a.positionals.first else {
        throw UsageError("expected METHOD and optionally PARAMS-JSON or key=value pairs")
      }
      let params = try CallParams.parse(Array(a.positionals.dropFirst()))
      let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": params, "id": 1]
      let path = a.option("socket") ?? Defaults.socketPath
      let expected = try a.uid("expect-uid")
      let client: UnixSocketClient
      do { client = try UnixSocketClient(path: path, expectedUID: expected) } catch {
        FileHandle.standardError.write(Data("avgd call: \(error)\n".utf8))
        return 3
      }
      let replyBytes: [UInt8]
      do { replyBytes = try client.call(JSONWriter.bytes(request)) } catch {
        FileHandle.standardError.write(Data("avgd call: \(error)\n".utf8))
        return 4
      }
      guard let reply = try? JSONParser.parse(replyBytes) else {
        FileHandle.standardError.write(Data("avgd call: the reply is not JSON\n".utf8))
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
      FileHandle.standardError.write(Data("avgd call: \(error.message)\n\n\(Help.call)\n".utf8))
      return 2
    }
  }

  /// `avgd call METHOD --help`: 0 with the help, 1 when METHOD is not a method (with the list's hint).
  static func methodHelp(_ method: String, socket: String, expectedUID: UInt32?) -> Int32 {
    guard let (document, _) = MethodDocs.document(socket: socket, expectedUID: expectedUID) else {
      FileHandle.standardError.write(Data("avgd call: the method declarations could not be read\n".utf8))
      return 1
    }
    guard let m = MethodDocs.method(method, in: document) else {
      FileHandle.standardError.write(Data("avgd call: \(method) is not a method; `avgd methods` lists them\n".utf8))
      return 1
    }
    print(MethodDocs.help(m), terminator: "")
    return 0
  }
}
