import JSON
import Rules

/// Typed reads of a staff record (D23: an opaque id, roles, schools, active from/to, and the
/// instructions given; no names).
public struct StaffRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// The school's own staff id (the record id).
  public var id: String { json["id"]?.stringValue ?? "" }
  /// The status, nil for a stored value that is no status.
  public var status: StaffStatus? { json["status"]?.stringValue.flatMap(StaffStatus.init(rawValue:)) }
  /// The roles.
  public var roles: [StaffRole] { (json["roles"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(StaffRole.init(rawValue:)) } }
  /// The schools (or `bestuur` for board-level staff).
  public var schools: [String] { (json["schools"]?.arrayValue ?? []).compactMap(\.stringValue) }
  /// In service from.
  public var activeFrom: CivilDate? { Self.date(json["activeFrom"]) }
  /// Left on (no longer in service from this day).
  public var activeTo: CivilDate? { Self.date(json["activeTo"]) }
  /// Every instruction recorded: topic code and date.
  public var instructions: [(topic: String, on: CivilDate)] {
    (json["instructions"]?.arrayValue ?? []).compactMap { i in
      guard let t = i["topic"]?.stringValue, let d = Self.date(i["on"]) else { return nil }
      return (t, d)
    }
  }

  /// True when in service on `on`: from `activeFrom`, until (not including) `activeTo` (D22).
  public func isActive(on: CivilDate) -> Bool {
    guard status != nil, let from = activeFrom, from <= on else { return false }
    return activeTo.map { on < $0 } ?? true
  }

  /// The latest instruction on `topic` on or before `on`.
  public func lastInstructed(_ topic: String, onOrBefore on: CivilDate) -> CivilDate? {
    instructions.filter { $0.topic == topic && $0.on <= on }.map(\.on).max()
  }

  /// A stored date.
  static func date(_ v: JSONValue?) -> CivilDate? { v?.storedDate }
}
