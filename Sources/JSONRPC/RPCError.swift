import JSON
import Wording

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

  /// -32601 naming the method asked for and the closest existing names (issue 16 §4), so a typo
  /// is fixed from the error itself: `data: {method, closest: [...], reason}`.
  public static func methodNotFound(_ method: String, known: [String]) -> RPCError {
    let closest = NameSuggestions.closest(to: method, in: known)
    let reason = closest.isEmpty ? Texts.Wire.noSuchMethod(method) : Texts.Wire.noSuchMethod(method, closest: closest)
    return RPCError(
      code: .methodNotFound, message: "Method not found",
      data: ["method": .string(method), "closest": .array(closest.map { .string($0) }), "reason": .string(reason.string)])
  }

  /// -32602 naming the parameter (a dotted path such as `student.birthDate`) and what is wrong.
  public static func invalidParams(field: String, reason: String) -> RPCError {
    RPCError(
      code: .invalidParams, message: "Invalid params",
      data: ["field": .string(field), "reason": .string(reason)])
  }

  /// -32602 naming the parameter, with the reason from the catalogue in the call's language.
  public static func invalidParams(field: String, reason: Text) -> RPCError {
    invalidParams(field: field, reason: reason.string)
  }

  /// -32603 with the spec's exact message.
  public static func internalError(_ reason: String? = nil) -> RPCError {
    RPCError(code: .internalError, message: "Internal error", data: reason.map { ["reason": .string($0)] })
  }

  /// -32008: a reply over `limitName` (`maxReplyBytes`, or `maxBatchReplyBytes` for the rest of a
  /// batch), with the paged alternative, so the caller knows what to do instead (issue 14, item 4).
  public static func replyTooLarge(_ limitName: String, limit: Int, size: Int?, method: String?) -> RPCError {
    var data: JSONObject = ["limit": .int(limit), "limitName": .string(limitName)]
    if let size { data["size"] = .int(size) }
    if let method { data["method"] = .string(method) }
    let what = limitName == "maxBatchReplyBytes"
      ? Texts.Wire.batchRepliesReached(limitName, limit) : Texts.Wire.replyOver(size, limitName, limit)
    data["hint"] = .string(Texts.Wire.pageInstead(what).string)
    return RPCError(code: .replyTooLarge, message: Texts.Wire.replyTooLarge.string, data: .object(data))
  }

  /// -32800, LSP's RequestCancelled (its message in the call's language, so computed per call).
  public static var requestCancelled: RPCError {
    RPCError(code: .requestCancelled, message: Texts.Wire.requestCancelled.string)
  }

  /// 1001: no record with that id.
  public static func notFound(_ what: String, id: String) -> RPCError {
    RPCError(code: .notFound, message: Texts.Wire.notFound(what, id).string, data: ["id": .string(id)])
  }

  /// 1002: the action is not allowed in `status`; `allowed` lists the actions that are.
  public static func invalidTransition(action: String, status: String, allowed: [String]) -> RPCError {
    RPCError(
      code: .invalidTransition, message: Texts.Wire.notAllowedWhile(action, status).string,
      data: ["status": .string(status), "allowed": .array(allowed.map { .string($0) })])
  }
}
