import JSON
import Wording

/// The JSON-RPC 2.0 dispatcher: turns one message (a request, a notification or a batch) into its
/// reply, following the specification to the letter (§4 requests and notifications, §5 responses,
/// §6 batches). It owns no I/O: transports hand it bytes and write what it returns.
public final class RPCServer: RPCConnectionHandler {
  /// Decides whether `peer` may call a method; returns the error to send (1004) or nil.
  public typealias Authorizer = @Sendable (Peer, MethodDeclaration) -> RPCError?
  /// Records that the call of `CallContext` returned `AuditedAnswer` (a method with an `audit`
  /// declaration), after its handler succeeded and before the reply is sent. Throws the error the
  /// caller gets instead of the data when the audit cannot be recorded (no unaudited data leaves).
  public typealias Auditor = @Sendable (CallContext, MethodDeclaration, AuditedAnswer) throws(RPCError) -> Void
  /// The parts of the organisation an authorized `peer`'s grants for a method are limited to
  /// (nil: all of it), carried to the handler in `CallContext.scope`.
  public typealias Scoper = @Sendable (Peer, MethodDeclaration) -> [String]?

  /// The methods.
  public let table: MethodTable
  /// The wire limits.
  public let limits: Limits
  private let authorize: Authorizer
  private let auditor: Auditor
  private let scope: Scoper
  /// The language of the answers' texts when a call names none (`avgd serve --language`).
  public let language: Language
  private let log: @Sendable (String) -> Void

  /// A server over `table`.
  public init(
    table: MethodTable, limits: Limits = Limits(), authorize: @escaping Authorizer = { _, _ in nil },
    audit: @escaping Auditor = { _, _, _ in },
    scope: @escaping Scoper = { _, _ in nil }, language: Language = .nl,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.table = table
    self.language = language
    self.limits = limits
    self.authorize = authorize
    self.auditor = audit
    self.scope = scope
    self.log = log
  }

  /// Handles `$/cancelRequest {id}` out of band so it is not queued behind the request it cancels.
  /// A cancel for an unknown or finished id is ignored (LSP).
  public func intercept(_ message: [UInt8], session: RPCSession) -> Bool {
    guard message.count < 4096, Self.contains(message, Self.cancelMarker),
      let v = try? JSONParser.parse(message, maxDepth: 8), let o = v.objectValue,  // not JSON: `respond` reports it
      o["method"] == .string("$/cancelRequest"), o["id"] == nil
    else { return false }
    if let idValue = o["params"]?["id"], let id = RequestID(idValue) { session.cancel(id) }
    return true
  }

  /// Processes one message and returns the reply bytes, or nil when nothing is to be sent.
  /// Everything is buffered here: a streamed result is collected within `limits.maxReplyBytes`.
  public func handle(_ message: [UInt8], session: RPCSession) -> [UInt8]? {
    guard let reply = respond(message, session: session, streaming: false) else { return nil }
    switch reply {
    case .bytes(let bytes): return bytes
    case .streamed(let s): return s.buffered(limit: .max) ?? []  // not made when streaming is false
    }
  }

  /// Processes one message like `handle`, but answers a single request whose method streams
  /// (`MethodDeclaration.streamedHandler`) with `.streamed`: its audit is already recorded, and
  /// the transport writes it as it is encoded, with no size limit (issue 14, item 4). The
  /// elements of a batch stay buffered and bounded (`maxReplyBytes`, `maxBatchReplyBytes`).
  public func reply(to message: [UInt8], session: RPCSession) -> RPCReply? {
    respond(message, session: session, streaming: true)
  }

  private func respond(_ message: [UInt8], session: RPCSession, streaming: Bool) -> RPCReply? {
    // A whitespace-only message is no message (framers skip such lines; this keeps in-process
    // callers consistent with them).
    guard message.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
    let value: JSONValue
    do {
      value = try JSONParser.parse(message, maxDepth: limits.maxDepth)
    } catch {
      return .bytes(Self.encode(.failure(.parseError(error.description)), id: .null))
    }
    guard case .array(let elements) = value else {
      return processOne(value, peer: session.peer, session: session, streaming: streaming)
    }
    guard !elements.isEmpty else {
      return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.emptyBatch.string })), id: .null))
    }
    guard elements.count <= limits.maxBatchSize else {
      let e = RPCError(
        code: .invalidRequest, message: "Invalid Request",
        data: ["reason": .string(language.bound { Texts.Wire.batchTooLarge.string }), "limit": .int(limits.maxBatchSize)])
      return .bytes(Self.encode(.failure(e), id: .null))
    }
    var out: [UInt8] = [UInt8(ascii: "[")]
    var any = false
    for element in elements {
      // Once the batch's replies reach the bound, the rest is not run: each remaining request is
      // told why (notifications get nothing, as always).
      let reply: [UInt8]?
      if out.count >= limits.maxBatchReplyBytes {
        reply = Self.notRunInBatch(element, limit: limits.maxBatchReplyBytes)
      } else {
        reply = processOne(element, peer: session.peer, session: session, streaming: false)?.bytes
      }
      guard let reply else { continue }
      if any { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: reply)
      any = true
    }
    guard any else { return nil }
    out.append(UInt8(ascii: "]"))
    return .bytes(out)
  }

  /// A reply with `id: null` for a message refused by the transport.
  public func transportError(_ error: RPCError) -> [UInt8] { Self.encode(.failure(error), id: .null) }

  /// Calls a method in-process, with the same validation and permissions as on the wire.
  /// `checkPermissions: false` is for recording the documented examples only.
  public func call(_ method: String, params: JSONObject, peer: Peer, checkPermissions: Bool = true)
    -> Result<JSONValue, RPCError>
  {
    run(method: method, params: .object(params), id: .number(JSONNumber(0)), peer: peer, session: nil,
        checkPermissions: checkPermissions) { decl, p, context in try audited(decl, p, context, try decl.handler(p, context)) }
  }

  /// Audits the successful `result` of a method declaring an `audit` policy, then returns it: the
  /// one place reads of personal data are audited. A `.noted` handler that stated nothing, or an
  /// audit that cannot be recorded, fails the call (1100 from the auditor): no data leaves unaudited.
  private func audited(_ decl: MethodDeclaration, _ p: Params, _ context: CallContext, _ result: JSONValue) throws(RPCError)
    -> JSONValue
  {
    guard let policy = decl.audit else { return result }
    guard let answer = policy.answer(p, result, note: context.audit.answer) else {
      log(Texts.TransportLog.noAuditAnswer(decl.name).logLine)
      throw RPCError.internalError(Texts.Wire.noAuditAnswer(decl.name).string)
    }
    try auditor(context, decl, answer)
    return result
  }

  /// What a call on the wire answers: a value to encode, bytes the method had ready, or a result
  /// to stream in the call's language.
  private enum Answer {
    case value(JSONValue)
    case encoded([UInt8])
    case streamed(StreamedResult, Language)
  }

  private func processOne(_ element: JSONValue, peer: Peer, session: RPCSession?, streaming: Bool) -> RPCReply? {
    guard case .object(let o) = element else {
      return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.requestMustBeObject.string })), id: .null))
    }
    var id: RequestID? = nil
    if let idValue = o["id"] {
      guard let parsed = RequestID(idValue) else {
        return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.idShape.string })), id: .null))
      }
      id = parsed
    }
    let replyID = id ?? .null
    guard o["jsonrpc"] == .string("2.0") else {
      return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.jsonrpcVersion.string })), id: replyID))
    }
    guard let method = o["method"]?.stringValue else {
      return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.methodMustBeString.string })), id: replyID))
    }
    let params = o["params"] ?? .object(JSONObject())
    switch params {
    case .object, .array: break
    default:
      return .bytes(Self.encode(.failure(.invalidRequest(language.bound { Texts.Wire.paramsShape.string })), id: replyID))
    }
    let result = run(method: method, params: params, id: id, peer: peer, session: session) { decl, p, context in
      if let streamed = decl.streamedHandler {
        // The view is taken and the audit recorded here, before any byte of the reply exists.
        let s = try streamed(p, context)
        try auditedStream(decl, p, context, s)
        return Answer.streamed(s, Language.current)
      }
      // An audited method always answers by value: its audit reads the result.
      if decl.audit == nil, let encoded = decl.encodedHandler { return Answer.encoded(try encoded(p, context).bytes) }
      return Answer.value(try audited(decl, p, context, try decl.handler(p, context)))
    }
    guard let id else {
      if case .failure(let e) = result, e.code == .internalError { log(Texts.TransportLog.notificationFailed(method, "\(e)").logLine) }
      return nil
    }
    let reply: [UInt8]
    switch result {
    case .success(.encoded(let bytes)): reply = Self.encode(resultBytes: bytes, id: id)
    case .success(.value(let v)): reply = Self.encode(.success(v), id: id)
    case .success(.streamed(let s, let language)):
      let streamed = StreamedReply(result: s, id: id, language: language)
      if streaming { return .streamed(streamed) }
      guard let bytes = streamed.buffered(limit: limits.maxReplyBytes) else {
        log(Texts.TransportLog.bufferedReplyTooLarge(limits.maxReplyBytes, method: method, actor: peer.actor).logLine)
        return .bytes(Self.encode(.failure(.replyTooLarge("maxReplyBytes", limit: limits.maxReplyBytes, size: nil, method: method)), id: id))
      }
      return .bytes(bytes)
    case .failure(let e): return .bytes(Self.encode(.failure(e), id: id))
    }
    guard reply.count <= limits.maxReplyBytes else {
      log(Texts.TransportLog.replyTooLarge(reply.count, method: method, actor: peer.actor).logLine)
      return .bytes(Self.encode(.failure(.replyTooLarge("maxReplyBytes", limit: limits.maxReplyBytes, size: reply.count, method: method)), id: id))
    }
    return .bytes(reply)
  }

  /// Audits a streamed result before it is written, like `audited`: a `.noted` or `.param`
  /// policy needs no result; any other builds the value once to read it (no streaming method
  /// declares one today).
  private func auditedStream(_ decl: MethodDeclaration, _ p: Params, _ context: CallContext, _ s: StreamedResult) throws(RPCError) {
    guard let policy = decl.audit else { return }
    switch policy {
    case .noted, .param: _ = try audited(decl, p, context, .null)
    default: _ = try audited(decl, p, context, s.value())
    }
  }

  /// The answer for a batch element that is not run because the batch's replies reached
  /// `maxBatchReplyBytes`: -32008 for a request, nothing for a notification.
  static func notRunInBatch(_ element: JSONValue, limit: Int) -> [UInt8]? {
    guard case .object(let o) = element, let idValue = o["id"] else {
      if case .object = element { return nil }
      return encode(.failure(.invalidRequest(Texts.Wire.requestMustBeObject.string)), id: .null)
    }
    let id = RequestID(idValue) ?? .null
    return encode(.failure(.replyTooLarge("maxBatchReplyBytes", limit: limit, size: nil, method: o["method"]?.stringValue)), id: id)
  }

  /// Resolves, validates and authorizes a call, then lets `answer` run the method.
  private func run<T>(
    method: String, params: JSONValue, id: RequestID?, peer: Peer, session: RPCSession?, checkPermissions: Bool = true,
    answer: (MethodDeclaration, Params, CallContext) throws -> T
  ) -> Result<T, RPCError> {
    // Every text of this call, its errors included, is in the call's language (issue 16 §1).
    Self.language(of: params, default: language).bound {
      resolve(method: method, params: params, id: id, peer: peer, session: session, checkPermissions: checkPermissions, answer: answer)
    }
  }

  /// The language a call asks for in its `language` param when that names one (`nl`, `en`),
  /// else `fallback`. A method may give `language` other values of its own (`auto`); the
  /// declaration's schema judges those, so nothing is refused here.
  static func language(of params: JSONValue, default fallback: Language) -> Language {
    guard case .object(let o) = params, case .string(let tag)? = o["language"], let l = Language(rawValue: tag) else { return fallback }
    return l
  }

  private func resolve<T>(
    method: String, params: JSONValue, id: RequestID?, peer: Peer, session: RPCSession?, checkPermissions: Bool,
    answer: (MethodDeclaration, Params, CallContext) throws -> T
  ) -> Result<T, RPCError> {
    guard let decl = table[method] else {
      return .failure(.methodNotFound(method, known: table.declarations.map(\.name)))
    }
    if let id, let session, session.takeCancellation(id) { return .failure(.requestCancelled) }
    do {
      let named = try Self.namedParams(params, decl)
      try Self.validate(named, decl)
      if checkPermissions, let denied = authorize(peer, decl) { return .failure(denied) }
      let context = CallContext(peer: peer, id: id, method: method, scope: checkPermissions ? scope(peer, decl) : nil)
      return .success(try CallContext.$current.withValue(context) { try answer(decl, Params(named), context) })
    } catch let e as RPCError {
      return .failure(e)
    } catch {
      log(Texts.TransportLog.methodFailed(method, "\(error)").logLine)
      return .failure(.internalError())
    }
  }

  static func namedParams(_ params: JSONValue, _ decl: MethodDeclaration) throws(RPCError) -> JSONObject {
    switch params {
    case .object(let o): return o
    case .array(let items):
      guard decl.paramStructure == .either else {
        throw RPCError.invalidParams(field: "params", reason: Texts.Wire.byNameOnly(decl.name))
      }
      guard items.count <= decl.params.count else {
        throw RPCError.invalidParams(
          field: "params", reason: Texts.Wire.tooManyPositional(decl.params.count, got: items.count))
      }
      return JSONObject(zip(decl.params, items).map { ($0.name, $1) })
    default:
      throw RPCError.invalidRequest(Texts.Wire.paramsShape.string)
    }
  }

  /// Checks the params against the declaration: an unknown member first (with the known names
  /// and the closest one, since a misspelt name is also why a required one seems missing), then a
  /// missing required one, then each value against its schema.
  static func validate(_ params: JSONObject, _ decl: MethodDeclaration) throws(RPCError) {
    if decl.rejectsUnknownParams {
      let names = decl.params.map(\.name)
      for m in params where !names.contains(m.key) {
        let closest = NameSuggestions.closest(to: m.key, in: names, limit: 3)
        var data: JSONObject = [
          "field": .string(m.key),
          "reason": .string(Texts.Wire.notAParameter(of: decl.name, known: names, closest: closest).string),
          "known": .array(names.map { .string($0) }),
        ]
        if !closest.isEmpty { data["closest"] = .array(closest.map { .string($0) }) }
        throw RPCError(code: .invalidParams, message: "Invalid params", data: .object(data))
      }
    }
    for spec in decl.params where spec.required && (params[spec.name] ?? .null) == .null {
      throw RPCError.invalidParams(field: spec.name, reason: Texts.Wire.isRequired)
    }
    for m in params {
      guard let spec = decl.params.first(where: { $0.name == m.key }) else { continue }
      if m.value != .null { try SchemaValidator.validate(m.value, against: spec.schema, path: m.key) }
    }
  }

  private static let cancelMarker = Array("$/cancelRequest".utf8)

  private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    guard hay.count >= needle.count else { return false }
    for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
      if hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// The response object for `result` and `id`, written directly as bytes.
  public static func encode(_ result: Result<JSONValue, RPCError>, id: RequestID) -> [UInt8] {
    switch result {
    case .success(let v): return response(#""result":"#, id: id, capacity: 512) { JSONWriter.write(v, into: &$0) }
    case .failure(let e): return response(#""error":"#, id: id, capacity: 512) { JSONWriter.write(e.json, into: &$0) }
    }
  }

  /// The success response whose result is already encoded as `resultBytes`.
  static func encode(resultBytes: [UInt8], id: RequestID) -> [UInt8] {
    response(#""result":"#, id: id, capacity: resultBytes.count + 48) { $0.append(contentsOf: resultBytes) }
  }

  /// `{"jsonrpc":"2.0",<member>…,"id":…}` with the member's value written by `value`.
  private static func response(_ member: String, id: RequestID, capacity: Int, _ value: (inout [UInt8]) -> Void) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(capacity)
    out.append(contentsOf: #"{"jsonrpc":"2.0","#.utf8)
    out.append(contentsOf: member.utf8)
    value(&out)
    out.append(contentsOf: #","id":"#.utf8)
    JSONWriter.write(id.json, into: &out)
    out.append(UInt8(ascii: "}"))
    return out
  }
}
