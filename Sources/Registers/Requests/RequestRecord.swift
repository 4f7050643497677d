import JSON
import Rules

/// Typed reading of a request record (a `JSONObject` in the register), for the rules that need
/// facts from it: status, the student's birth date, the requester, and the deadlines of AVG
/// art. 12(3). Writing goes through `with(_:)` so every change yields a complete new record.
public struct RequestRecord: Sendable {
  /// The stored document.
  public private(set) var json: JSONObject

  /// Wraps a stored record.
  public init(_ json: JSONObject) { self.json = json }

  /// `R-YYYY-NNNN`.
  public var id: String { json["id"]?.stringValue ?? "" }
  /// The current status.
  public var status: RequestStatus? { json["status"]?.stringValue.flatMap(RequestStatus.init(rawValue:)) }
  /// What is asked.
  public var type: RequestType? { json["type"]?.stringValue.flatMap(RequestType.init(rawValue:)) }
  /// The student's id.
  public var studentID: String? { json["student"]?["id"]?.stringValue }
  /// The student's birth date: decides who holds the right (rules.md §1.3).
  public var birthDate: CivilDate? { date(json["student"]?["birthDate"]) }
  /// Who is asking now (the student after `adopt`).
  public var requester: Requester? { json["requester"]?["relationship"]?.stringValue.flatMap(Requester.init(rawValue:)) }
  /// Whose data the request is about.
  public var about: About { json["about"]?.stringValue.flatMap(About.init(rawValue:)) ?? .student }
  /// Whether the requester had standing at receipt (flag kept for the register's lifetime).
  public var entitled: Bool { json["entitled"]?.boolValue ?? false }
  /// The legal route fixed at receipt (rules.md §2.5 `channel`); A_AVG when not recorded.
  public var channel: LegalChannel { json["legalChannel"]?.stringValue.flatMap(LegalChannel.init(rawValue:)) ?? .A_AVG }
  /// How a student's own request under 16 is handled (settled decision 7): nil when not such a
  /// request, else pending, or routed to the legal representatives, or accepted for the student.
  public var route: RouteTarget.Status? { json["route"]?["status"]?.stringValue.flatMap(RouteTarget.Status.init(rawValue:)) }
  /// True when someone held standing for this request before the decision: at receipt, or since
  /// it was routed to the legal representatives or accepted for the student. Only then can a
  /// later birthday take it away (`holderChanged`, rules.md §1.5).
  public var hadStanding: Bool { entitled || route == .legalRepresentatives || route == .acceptedForStudent }
  /// The Amsterdam date of receipt.
  public var receivedOn: CivilDate? { date(json["receivedOn"]) }
  /// The first legal due date (rolled, 1182/71 art. 3(4)).
  public var dueOn: CivilDate? { date(json["dueOn"]) }
  /// The end of `dueOn` in Amsterdam: an extension notice must be sent before it (art. 12(3)).
  public var dueBy: Instant? { instant(json["dueBy"]) }
  /// The extended legal due date, once extended.
  public var extendedDueOn: CivilDate? { date(json["extendedDueOn"]) }
  /// The due date that counts now: the extended one after an extension, never the first again.
  public var effectiveDueOn: CivilDate? { extendedDueOn ?? dueOn }
  /// When the decision was taken.
  public var decidedAt: Instant? { instant(json["decidedAt"]) }
  /// The school or location (rules.md decision 51: registers filter by school).
  public var school: String? { json["school"]?.stringValue }

  /// Days from `on` to the effective due date: negative once overdue.
  public func daysLeft(on: CivilDate) -> Int? { effectiveDueOn.map { on.days(until: $0) } }

  /// True when the school still owes an answer and `on` is after the effective due date
  /// (Amsterdam dates; the extended date after an extension).
  public func isOverdue(on: CivilDate) -> Bool {
    guard status?.isPending == true, let due = effectiveDueOn else { return false }
    return on > due
  }

  /// A copy with `members` set (nil removes a member).
  public func with(_ members: [(String, JSONValue?)]) -> RequestRecord {
    var copy = self
    for (k, v) in members { copy.json[k] = v }
    return copy
  }

  /// The change that stores this record as the result of `verb` (`requests.<verb>`).
  func change(_ verb: String, _ details: JSONObject) -> RegisterChange {
    RegisterChange(type: "requests.\(verb)", id: id, record: json, change: details)
  }

  private func date(_ v: JSONValue?) -> CivilDate? { v?.storedDate }
  private func instant(_ v: JSONValue?) -> Instant? { v?.storedInstant }
}

extension Register {
  /// The request `id`, or 1001.
  func request(_ id: String) throws(RegisterError) -> RequestRecord {
    guard let json = self[id] else { throw .notFound(register: name, id: id) }
    return RequestRecord(json)
  }
}
