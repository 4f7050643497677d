import JSON
import Synchronization

/// Where a method's answer names the records it returned, so the dispatcher can audit every read
/// of personal data after the handler succeeded and before the reply leaves (AVG art. 5(2)
/// accountability, art. 32(1)(b)). Declared once on the method (`MethodDeclaration.audit`), so no
/// handler can forget to audit; JSONRPC knows no domain, only these places.
public enum AuditPolicy: Sendable {
  /// The returned record is the one named by this param (`get {id}`).
  case param(String)
  /// The result is one record; its id is the member `idMember` (`id`).
  case result(idMember: String = "id")
  /// The result's member `member` is an array of records, each naming its id in `idMember`.
  case resultItems(String, idMember: String = "id")
  /// An odd shape: the ids are computed from the params and the result.
  case custom(@Sendable (Params, JSONValue) -> [String])
  /// The result does not show what it returned (a CSV, an HTML page): the handler states it on
  /// its `CallContext.audit` note, and a call that stated nothing fails rather than go unaudited.
  case noted

  /// The answer the policy finds in `params`, `result` and the handler's `note`; nil when the
  /// handler of a `.noted` method stated nothing.
  public func answer(_ params: Params, _ result: JSONValue, note: AuditedAnswer?) -> AuditedAnswer? {
    switch self {
    case .param(let name): return .ids(params.object[name]?.stringValue.map { [$0] } ?? [])
    case .result(let member): return .ids(result[member]?.stringValue.map { [$0] } ?? [])
    case .resultItems(let member, let idMember):
      var ids: [String] = []
      var seen = Set<String>()
      for item in result[member]?.arrayValue ?? [] {
        if let id = item[idMember]?.stringValue, seen.insert(id).inserted { ids.append(id) }
      }
      return .ids(ids)
    case .custom(let extract): return .ids(extract(params, result))
    case .noted: return note
    }
  }
}

/// What one audited call returned: its record ids, or (for a large answer) a compact description
/// the service can later resolve, opaque to the dispatcher.
public enum AuditedAnswer: Sendable, Equatable {
  /// These record ids, in answer order.
  case ids([String])
  /// A description of the answer (e.g. "every record of a register as of journal position N")
  /// from which the service decides membership; its size does not depend on the answer's.
  case described(JSONObject)
}

/// The handler's statement of what it returned, for a `.noted` method (a CSV export shows no ids).
/// One per call; set at most once by the handler, read by the dispatcher after it returned.
public final class AuditNote: Sendable {
  private let stated = Mutex<AuditedAnswer?>(nil)
  /// An empty note.
  public init() {}
  /// States what the call returned.
  public func state(_ answer: AuditedAnswer) { stated.withLock { $0 = answer } }
  /// What was stated, if anything.
  public var answer: AuditedAnswer? { stated.withLock { $0 } }
}
