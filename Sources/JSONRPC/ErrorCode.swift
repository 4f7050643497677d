/// JSON-RPC error codes: the specification's (§5.1), LSP's cancellation code, and avgd's own.
/// Protocol/errors.md lists the same table; a test pins the two together.
public struct ErrorCode: RawRepresentable, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// "Invalid JSON was received by the server." (§5.1)
  public static let parseError = ErrorCode(rawValue: -32700)
  /// "The JSON sent is not a valid Request object." (§5.1)
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  /// "The method does not exist / is not available." (§5.1)
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  /// "Invalid method parameter(s)." (§5.1); avgd adds `data.field` and `data.reason`.
  public static let invalidParams = ErrorCode(rawValue: -32602)
  /// "Internal JSON-RPC error." (§5.1)
  public static let internalError = ErrorCode(rawValue: -32603)
  /// A message larger than the limit (jsonrpsee's code for "Request is too big").
  public static let messageTooLarge = ErrorCode(rawValue: -32007)
  /// A reply (or a batch's replies) larger than `maxReplyBytes` (`maxBatchReplyBytes`): page with
  /// the `.list` method's cursor or narrow the filters.
  public static let replyTooLarge = ErrorCode(rawValue: -32008)
  /// The server cannot take this connection or request now (connection limit, shutting down).
  public static let serverBusy = ErrorCode(rawValue: -32009)
  /// The request was cancelled by `$/cancelRequest` before it ran (LSP RequestCancelled).
  public static let requestCancelled = ErrorCode(rawValue: -32800)
  /// A record with that id does not exist.
  public static let notFound = ErrorCode(rawValue: 1001)
  /// The action is not allowed in the record's current status (`data.status`, `data.allowed`).
  public static let invalidTransition = ErrorCode(rawValue: 1002)
  /// The requester does not hold the right (standing or consent from the wrong person).
  public static let notEntitled = ErrorCode(rawValue: 1003)
  /// The caller's role may not call this method (`data.required`).
  public static let forbidden = ErrorCode(rawValue: 1004)
  /// A deadline rule refuses the action (for example an extension after the due date).
  public static let tooLate = ErrorCode(rawValue: 1005)
  /// The action conflicts with existing data (a duplicate id, a withdrawn consent).
  public static let conflict = ErrorCode(rawValue: 1006)
  /// The store could not make the change durable; nothing was changed.
  public static let storeFailure = ErrorCode(rawValue: 1100)
}
