import JSON
import Rules

/// Typed reads of a consent record, for the checks of `sharing.record` and the withdrawal.
public struct ConsentRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `C-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// `given` or `withdrawn`.
  public var status: String { json["status"]?.stringValue ?? ConsentMachine.initial }
  /// The student the consent is about (a consent covers one student).
  public var studentID: String { json["student"]?["id"]?.stringValue ?? "" }
  /// The student's birth date (kept to decide who may withdraw, rules.md §1.5).
  public var birthDate: CivilDate? { Self.date(json["student"]?["birthDate"]) }
  /// When it was given.
  public var givenOn: CivilDate? { Self.date(json["givenOn"]) }
  /// When it was withdrawn.
  public var withdrawnOn: CivilDate? { Self.date(json["withdrawal"]?["on"]) }
  /// The data categories it covers.
  public var scope: [String] { (json["scope"]?.arrayValue ?? []).compactMap(\.stringValue) }
  /// The purpose it was given for (art. 6(1)(a): specific purposes).
  public var purpose: String { json["purpose"]?.stringValue ?? "" }
  /// The school it was given to; nil for a board-level consent (one recorded before consents had a
  /// school, or without one).
  public var school: String? { json["school"]?.stringValue }
  /// Who gave it.
  public var givenBy: ConsentGiver? { json["givenBy"]?["relationship"]?.stringValue.flatMap(ConsentGiver.init(rawValue:)) }

  /// A stored date.
  static func date(_ v: JSONValue?) -> CivilDate? { v?.storedDate }

  /// Texts compared for scope and purpose: case and runs of spaces do not count.
  static func same(_ a: String, _ b: String) -> Bool { normal(a) == normal(b) }

  /// Lower case, runs of white space as one space, none at the ends.
  static func normal(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
}
