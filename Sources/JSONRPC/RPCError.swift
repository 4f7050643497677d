import JSON

/// A JSON-RPC error object (§5.1): what every failure becomes on the wire.
///
/// Domain code throws `RPCError` values built with the helpers below, so each error carries a
/// precise message and `data` naming the offending field.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The code.
  public var code: ErrorCode
  /// A concise sentence.
  public var message: String
  /// Structured details (`field`, `reason`, `status`, `allowed`, ...).
  public var data: JSONValue?

  /// An error with any code.
  public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  /// The error object as JSON.
  public var json: JSONValue {
    var o: JSONObject = ["code": .int(code.rawValue), "message": .string(message)]
    if let data { o["data"] = data }
    return .object(o)
  }

  public var description: String { JSONWriter.string(json) }

  /// -32700 with the spec's exact message; `data.reason` says where parsing failed.
  public static func parseError(_ reason: String? = nil) -> RPCError {
    RPCError(code: .parseError, message: "Parse error", data: reason.map { ["reason": .string($0)] })
  }

  /// -32600 with the spec's exact message.
  public static func invalidRequest(_ reason: String? = nil) -> RPCError {
    RPCError(code: .invalidRequest, message: "Invalid Request", data: reason.map { ["reason": .string($0)] })
  }

  /// -32601 with the spec's exact message.
  public static let methodNotFound = RPCError(code: .methodNotFound, message: "Method not found")

  /// -32602 naming the parameter (a dotted path such as `student.birthDate`) and what is wrong.
  public static func invalidParams(field: String, reason: String) -> RPCError {
    RPCError(
      code: .invalidParams, message: "Invalid params",
      data: ["field": .string(field), "reason": .string(reason)])
  }

  /// -32603 with the spec's exact message.
  public static func internalError(_ reason: String? = nil) -> RPCError {
    RPCError(code: .internalError, message: "Internal error", data: reason.map { ["reason": .string($0)] })
  }

  /// -32800, LSP's RequestCancelled.
  public static let requestCancelled = RPCError(code: .requestCancelled, message: "Request cancelled")

  /// 1001: no record with that id.
  public static func notFound(_ what: String, id: String) -> RPCError {
    RPCError(code: .notFound, message: "\(what) \(id) not found", data: ["id": .string(id)])
  }

  /// 1002: the action is not allowed in `status`; `allowed` lists the actions that are.
  public static func invalidTransition(action: String, status: String, allowed: [String]) -> RPCError {
    RPCError(
      code: .invalidTransition, message: "\(action) is not allowed while the record is \(status)",
      data: ["status": .string(status), "allowed": .array(allowed.map { .string($0) })])
  }
}
