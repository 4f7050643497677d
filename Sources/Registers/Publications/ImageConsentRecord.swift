import JSON
import Rules

/// Typed reads of an image-consent record: what `publications.check` and `publications.record`
/// weigh (duties.md §5; D16–D18).
public struct ImageConsentRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `BT-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// The status, nil for a stored value that is no status (then it covers nothing).
  public var status: ImageConsentStatus? { json["status"]?.stringValue.flatMap(ImageConsentStatus.init(rawValue:)) }
  /// The student it is about.
  public var studentID: String { json["student"]?["id"]?.stringValue ?? "" }
  /// The student's birth date (decides who may withdraw later, UAVG art. 5).
  public var birthDate: CivilDate? { Self.date(json["student"]?["birthDate"]) }
  /// The school whose form it is, nil for a board-level consent (stored before schools, or the
  /// board's own): it clears only publications of the same school (`PublicationVerdict`).
  public var school: String? { json["school"]?.stringValue }
  /// The channel it covers.
  public var channel: PublicationChannel? { json["channel"]?.stringValue.flatMap(PublicationChannel.init(rawValue:)) }
  /// In which capacity it was given.
  public var givenBy: ConsentGiver? { json["givenBy"]?["relationship"]?.stringValue.flatMap(ConsentGiver.init(rawValue:)) }
  /// When it was given.
  public var givenOn: CivilDate? { Self.date(json["givenOn"]) }
  /// The first day it holds.
  public var validFrom: CivilDate? { Self.date(json["validFrom"]) }
  /// The last day it holds (the day before the renewal date, D16).
  public var validUntil: CivilDate? { Self.date(json["validUntil"]) }
  /// From this day it is withdrawn (art. 7(3)).
  public var withdrawnOn: CivilDate? { Self.date(json["withdrawal"]?["on"]) }
  /// From this day it is suspended by a parent's request after the 16th birthday (D17).
  public var suspendedOn: CivilDate? { Self.date(json["suspension"]?["on"]) }

  /// The day it stopped holding by a withdrawal or suspension, if it did on or before `on`.
  public func endedByRequest(on: CivilDate) -> CivilDate? {
    [withdrawnOn, suspendedOn].compactMap { $0 }.filter { $0 <= on }.min()
  }

  /// True when it allows publishing on `on`: within its school year and not withdrawn or suspended
  /// by then. A record with an unknown status or missing dates covers nothing.
  public func covers(_ on: CivilDate) -> Bool {
    guard status != nil, let from = validFrom, let until = validUntil else { return false }
    return from <= on && on <= until && endedByRequest(on: on) == nil
  }

  /// A stored date.
  static func date(_ v: JSONValue?) -> CivilDate? { v?.storedDate }
}
