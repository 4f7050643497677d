import JSON
import Rules

/// Typed reads of a dossier (a JSON document) for the rules that need them: status, dates,
/// retention, and the codes the annual report counts by.
public struct ComplaintRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `K-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// `open` or `closed`.
  public var status: String { json["status"]?.stringValue ?? ComplaintMachine.initial }
  /// When the dossier was opened.
  public var openedAt: Instant? { Self.instant(json["openedAt"]) }
  /// When it was closed.
  public var closedAt: Instant? { Self.instant(json["closedAt"]) }
  /// The last day it may be kept (closure + the configured years, rules.md §8).
  public var retainUntil: CivilDate? { json["retainUntil"]?.storedDate }
  /// The complainant's role (for the annual report).
  public var complainantRole: ComplainantRole? {
    json["complainant"]?["role"]?.stringValue.flatMap(ComplainantRole.init(rawValue:))
  }
  /// The complaint's category code, when recorded.
  public var category: ComplaintCategory? { json["category"]?.stringValue.flatMap(ComplaintCategory.init(rawValue:)) }
  /// The school (decision 51).
  public var school: String? { json["school"]?.stringValue }

  /// True when the dossier is closed and `on` is after `retainUntil` (the last day kept).
  public func isExpired(on: CivilDate) -> Bool {
    guard status == "closed", let until = retainUntil else { return false }
    return on > until
  }

  /// The names of the people in the dossier (complainant, accused), for the communication check.
  public var partyNames: [String] {
    ["complainant", "accused"].compactMap { json[$0]?["name"]?.stringValue }
  }

  /// A stored instant (always written with its offset by avgd).
  static func instant(_ v: JSONValue?) -> Instant? { v?.storedInstant }
}
