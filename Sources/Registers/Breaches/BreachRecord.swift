import JSON
import Rules

/// Typed reads of a breach record (a JSON document), for the rules that need them: the art. 33(1)
/// deadline, whether an AP report or an art. 34 communication is required, whether it was made.
public struct BreachRecord: Sendable {
  /// The document.
  public let json: JSONObject

  /// A view of `json`.
  public init(_ json: JSONObject) { self.json = json }

  /// `D-2026-0001`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// What kind of event it is.
  public var kind: BreachKind? { json["kind"]?.stringValue.flatMap(BreachKind.init(rawValue:)) }
  /// The state-machine status (Protocol/breaches.md).
  public var status: String { json["status"]?.stringValue ?? BreachMachine.initial }
  /// When the school became aware (art. 33(1), EDPB 9/2022: reasonable certainty; decision 26).
  public var awareAt: Instant? { Self.instant(json["awareAt"]) }
  /// For a record reclassified to a data breach: when the school became aware that personal data
  /// was breached (art. 33(1); EDPB 9/2022), which can be later than `awareAt` of the incident.
  public var breachAwareAt: Instant? { Self.instant(json["breachAwareAt"]) }
  /// Where the 72 hours of art. 33(1) start: `breachAwareAt` when the record became a data breach
  /// later, else `awareAt` (decisions 26–27).
  public var clockStart: Instant? { breachAwareAt ?? awareAt }
  /// clockStart + 72 h, for data breaches only (art. 33(1), decision 27).
  public var reportBy: Instant? { Self.instant(json["reportBy"]) }
  /// The assessed risk, `nil` before assessment.
  public var risk: RiskLevel? { json["assessment"]?["risk"]?.stringValue.flatMap(RiskLevel.init(rawValue:)) }
  /// The art. 34(3) ground recorded, if any.
  public var exemption: ExemptionGround? {
    json["assessment"]?["exemption"]?["ground"]?.stringValue.flatMap(ExemptionGround.init(rawValue:))
  }
  /// When the AP was notified (art. 33(1)).
  public var reportedAt: Instant? { Self.instant(json["authorityReport"]?["reportedAt"]) }
  /// True once the people were told (art. 34(1)).
  public var subjectsNotified: Bool { !(json["notifications"]?.arrayValue ?? []).isEmpty }
  /// The school (tenant filter, decision 51).
  public var school: String? { json["school"]?.stringValue }

  /// Whether the AP must be notified: `nil` while a data breach is not assessed yet (so it is
  /// still treated as due), false for other kinds and for risk `unlikely` (art. 33(1)).
  public var authorityReportRequired: Bool? {
    guard kind == .dataBreach else { return false }
    guard let risk else { return nil }
    return risk != .unlikely
  }

  /// Whether the people must be told (art. 34(1)): high risk without an art. 34(3) exemption.
  public var subjectsNotificationRequired: Bool? {
    guard kind == .dataBreach else { return false }
    guard let risk else { return nil }
    return risk == .high && exemption == nil
  }

  /// A data breach whose AP report is (or may be) required and not yet made, and not closed:
  /// what `breaches.due` lists.
  public var awaitsAuthorityReport: Bool {
    kind == .dataBreach && status != "closed" && reportedAt == nil && authorityReportRequired != false
  }

  /// True when the report is awaited and `now` is past `reportBy`.
  public func isOverdue(at now: Instant) -> Bool {
    guard awaitsAuthorityReport, let by = reportBy else { return false }
    return now > by
  }

  /// `record` with its derived members recomputed: `reportBy` (data breaches only, from the moment
  /// the school became aware of the breach, `clockStart`), `authorityReportRequired`,
  /// `subjectsNotificationRequired`.
  static func derive(_ record: JSONObject) -> JSONObject {
    var out = record
    let view = BreachRecord(record)
    if view.kind == .dataBreach, let aware = view.clockStart {
      out["reportBy"] = .string(Amsterdam.format(Deadlines.breach(awareAt: aware)))
    } else {
      out["reportBy"] = nil
    }
    out["authorityReportRequired"] = view.authorityReportRequired.map(JSONValue.bool) ?? .null
    out["subjectsNotificationRequired"] = view.subjectsNotificationRequired.map(JSONValue.bool) ?? .null
    return out
  }

  /// A stored instant (always written with its offset by avgd).
  static func instant(_ v: JSONValue?) -> Instant? { v?.storedInstant }
}
