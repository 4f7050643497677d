import Foundation
import JSON
import Transport

/// One call to the running daemon for the commands that print a result for people (`avgd report`,
/// `avgd status`): the result, or the exit status `avgd call` uses (1 error answer, 3 no daemon,
/// 4 connection failed) with the reason already written to stderr.
enum DaemonCall {
  /// Calls `method` with `params` on the socket `path`.
  static func call(_ method: String, _ params: JSONObject, socket path: String, command: String) -> Result<JSONValue, ExitCode> {
    let request: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": .object(params), "id": 1]
    let client: UnixSocketClient
    do { client = try UnixSocketClient(path: path) } catch {
      FileHandle.standardError.write(Data("avgd \(command): \(error)\n".utf8))
      return .failure(ExitCode(3))
    }
    guard let bytes = try? client.call(JSONWriter.bytes(request)), let reply = try? JSONParser.parse(bytes) else {
      FileHandle.standardError.write(Data("avgd \(command): the connection failed or the reply is not JSON\n".utf8))
      return .failure(ExitCode(4))
    }
    if let error = reply["error"] {
      FileHandle.standardError.write(Data("avgd \(command): \(JSONWriter.string(error))\n".utf8))
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
