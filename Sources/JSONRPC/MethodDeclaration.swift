import JSON

/// Everything about one method, declared once: name, docs, params, result, errors, examples,
/// permissions and the handler. The same value feeds dispatch, parameter validation,
/// `rpc.discover` and the check against the committed `Protocol/openrpc.json`.
public struct MethodDeclaration: Sendable {
  /// How params may be given (OpenRPC `paramStructure`). avgd's own methods are by-name only.
  public enum ParamStructure: String, Sendable { case byName = "by-name", either }

  /// The JSON-RPC method name, `area.verb`.
  public let name: String
  /// One line.
  public let summary: String
  /// Markdown; cite the law where a rule comes from one.
  public let description: String
  /// Grouping tag (the area).
  public let tag: String
  /// Params in order (required first).
  public private(set) var params: [ParamSpec]
  /// True when params not listed in `params` are refused (a typo must not be silently ignored).
  public let rejectsUnknownParams: Bool
  /// How params may be given.
  public let paramStructure: ParamStructure
  /// The result.
  public let result: ResultSpec
  /// Application errors this method can return.
  public let errors: [ErrorSpec]
  /// Example pairings.
  public let examples: [MethodExample]
  /// Roles allowed to call it (published as `x-roles`); the authorizer enforces them.
  public let roles: [String]
  /// Top-level result members whose example values only illustrate (uptime, generated ids of
  /// nested documents); published as `x-volatile` and skipped when examples are replayed.
  public let volatileResultMembers: [String]
  /// How the method is limited for a caller whose roles hold only for part of the organisation
  /// (published as `x-scope`). The dispatcher carries the caller's scope in `CallContext.scope`;
  /// the service derives each method's rule from what it reads, and a method whose rule cannot be
  /// derived declares it here. Plain words; JSON-RPC itself gives it no meaning.
  public var scope: String?
  /// The work. Throws `RPCError` for anything the caller should see.
  public let handler: @Sendable (Params, CallContext) throws -> JSONValue
  /// The same work answered with the result's wire encoding ready, for a method that keeps its
  /// answers encoded (`rights.resolve`, asked on every page an administration renders): the server
  /// writes those bytes instead of encoding the value again. `nil` for most methods. Must give
  /// the same result as `handler` (tests compare both paths).
  public let encodedHandler: (@Sendable (Params, CallContext) throws -> EncodedResult)?
  /// The same work answered as a result written piece by piece into the connection, for a method
  /// whose answer can be far larger than a caller should make the daemon hold (a register's
  /// `.export`; issue 14, item 4). The handler takes its view and states its audit; the server
  /// records the audit, then the transport streams the reply of a single request with no size
  /// limit (a batch's element is collected within `Limits.maxReplyBytes` as before). `nil` for
  /// most methods. `handler` must give `StreamedResult.value()` (tests compare both paths).
  public let streamedHandler: (@Sendable (Params, CallContext) throws -> StreamedResult)?
  /// Where the answer names the personal-data records it returned, for a method whose answers
  /// must be audited (AVG art. 5(2)); nil for a method that returns none. The dispatcher records
  /// the audit after the handler succeeded and before the reply is sent (`RPCServer.Auditor`).
  public let audit: AuditPolicy?

  /// A declaration.
  public init(
    name: String, summary: String, description: String = "", tag: String? = nil,
    params: [ParamSpec] = [], rejectsUnknownParams: Bool = true, paramStructure: ParamStructure = .byName,
    result: ResultSpec, errors: [ErrorSpec] = [], examples: [MethodExample] = [], roles: [String] = [],
    volatileResultMembers: [String] = [], audit: AuditPolicy? = nil, scope: String? = nil,
    encodedHandler: (@Sendable (Params, CallContext) throws -> EncodedResult)? = nil,
    streamedHandler: (@Sendable (Params, CallContext) throws -> StreamedResult)? = nil,
    handler: @escaping @Sendable (Params, CallContext) throws -> JSONValue
  ) {
    self.name = name
    self.summary = summary
    self.description = description
    self.tag = tag ?? String(name.split(separator: ".").first ?? Substring(name))
    self.params = params
    self.rejectsUnknownParams = rejectsUnknownParams
    self.paramStructure = paramStructure
    self.result = result
    self.errors = errors
    self.examples = examples
    self.roles = roles
    self.volatileResultMembers = volatileResultMembers
    self.scope = scope
    self.handler = handler
    self.encodedHandler = encodedHandler
    self.streamedHandler = streamedHandler
    self.audit = audit
  }
}

extension MethodDeclaration {
  /// The `language` param every method of a service that speaks two languages takes (issue 16 §1):
  /// the dispatcher renders the call's texts in it; the handler need not read it.
  public static let languageParam = ParamSpec("language", "The language of the answer's texts and errors: nl (Dutch) or en (English); default: the daemon's --language (nl).",
    schema: ["enum": ["nl", "en"]])

  /// This declaration taking the shared `language` param, unless it declares its own.
  public func takingLanguage() -> MethodDeclaration {
    guard !params.contains(where: { $0.name == "language" }) else { return self }
    var copy = self
    copy.params.append(Self.languageParam)
    return copy
  }
}

/// What a handler knows about its call besides the params.
public struct CallContext: Sendable {
  /// The caller.
  public let peer: Peer
  /// The request id (`nil` for a notification).
  public let id: RequestID?
  /// The method name.
  public let method: String
  /// Where the handler of a `.noted` audited method states what it returned (`AuditPolicy`).
  public let audit: AuditNote
  /// The parts of the organisation the caller's grants for this method are limited to (for avgd:
  /// school names), or nil when they hold for all of it. Opaque here: the service gives it meaning.
  public let scope: [String]?
  /// A context.
  public init(peer: Peer, id: RequestID?, method: String, scope: [String]? = nil, audit: AuditNote = AuditNote()) {
    self.peer = peer
    self.id = id
    self.method = method
    self.scope = scope
    self.audit = audit
  }

  /// The context of the call running on this task or thread, bound by the dispatcher while the
  /// handler runs, so shared code below the handler (the service's ledger) applies the caller's
  /// scope without every handler passing it on.
  @TaskLocal public static var current: CallContext?
}
