import Foundation
import JSON
import Transport

/// `avgd call`: one request from a shell script; the result on stdout, an error on stderr.
/// `--raw`: a result that is a string (`breaches.apForm` with `format: text` or `html`) is printed
/// as the text itself, not as a JSON string, so a person can read and copy it; any other result is
/// printed as JSON as usual.
enum CallCommand {
  /// Sends one request and maps the reply to stdout/stderr and an exit code (0, 1, 2, 3, 4).
  static func run(_ args: [String]) -> Int32 {
    do throws(UsageError) {
      let a = try Arguments(args, valued: ["socket", "expect-uid"])
      try a.check(known: ["socket", "expect-uid", "help", "raw"])
      if a.flag("help") { print(Help.call); return 0 }
      guard let method = a.positionals.first, a.positionals.count <= 2 else {
        throw UsageError("expected METHOD and optionally PARAMS-JSON")
      }
      var params: JSONValue = .object(JSONObject())
      if a.positionals.count == 2 {
        do { params = try JSONParser.parse(a.positionals[1]) } catch {
          throw UsageError("PARAMS-JSON is not JSON: \(error)")
        }
        guard case .object = params else { throw UsageError("PARAMS-JSON must be a JSON object (params by name)") }
      }
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
}
