import JSON
import Wording

/// Who took a decision, with proof of authority (rules.md §2.4 item 7, required by the
/// Stichting School & Veiligheid advice): the director or rector, the board (bevoegd gezag), or
/// a delegate acting under a recorded mandate.
public struct DecisionMaker: Sendable, Hashable {
  /// A role that carries decision authority over a request.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Director or rector of the school.
    case director
    /// The board (bevoegd gezag), the controller (AVG art. 4(7)).
    case board
    /// Someone acting under a mandate of the board; the mandate must be named.
    case delegate
  }

  /// The person's name.
  public let name: String
  /// Their role.
  public let role: Role
  /// The mandate a delegate acts under (e.g. "Mandaatbesluit 2025-07").
  public let mandate: String?

  /// A decision maker; a delegate without a mandate is refused (field `decidedBy.mandate`).
  public init(name: String, role: Role, mandate: String?) throws(RegisterError) {
    if role == .delegate && (mandate ?? "").allSatisfy(\.isWhitespace) {
      throw .invalid("decidedBy.mandate", Texts.Requests.mandateNeeded.string)
    }
    self.name = name
    self.role = role
    self.mandate = mandate
  }

  /// As stored in the record.
  public var json: JSONValue {
    var o: JSONObject = ["name": .string(name), "role": .string(role.rawValue)]
    if let mandate { o["mandate"] = .string(mandate) }
    return .object(o)
  }
}
