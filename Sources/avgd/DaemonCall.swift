import Foundation
import JSON
import Transport
import Wording

/// One call to the running daemon for the commands that print a result for people (`avgd report`,
/// `avgd status`): the result, or the exit status `avgd call` uses (1 error answer, 3 no daemon,
/// 4 connection failed) with the reason already written to stderr.
enum DaemonCall {
  /// Calls `method` with `params` on the socket `path`.
  static func call(_ method: String, _ params: JSONObject, socket path: String, command: String) -> Result<JSONValue, ExitCode> {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": 1]
    let client: UnixSocketClient
    do { client = try UnixSocketClient(path: path) } catch {
      Stderr.say(command, "\(error)")
      return .failure(ExitCode(3))
    }
    let bytes: [UInt8]
    do { bytes = try client.call(JSONWriter.bytes(request)) } catch {
      Stderr.say(command, Texts.CommandLine.connectionFailed("\(error)"))
      return .failure(ExitCode(4))
    }
    let reply: JSONValue
    do { reply = try JSONParser.parse(bytes) } catch {
      Stderr.say(command, Texts.CommandLine.replyNotJSON("\(error)"))
      return .failure(ExitCode(4))
    }
    if let error = reply["error"] {
      Stderr.say(command, JSONWriter.string(error))
      return .failure(ExitCode(1))
    }
    return .success(reply["result"] ?? .null)
  }

  /// An exit status carried as an error.
  struct ExitCode: Error {
    /// The status.
    let status: Int32
    /// A status.
    init(_ status: Int32) { self.status = status }
  }
}
