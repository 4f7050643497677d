import JSON
import Rules

/// `requests.decide`: records the decision on a request with everything a written refusal or
/// restriction must show (rules.md §2.4; AVG art. 12(4), 15(4), 23(1)(i); UAVG art. 41(1)(i)).
///
/// Standing is re-checked at `decidedAt` before anything is disclosed (rules.md §1.5, decisions
/// 4–5): when a parent's request meets a student who has turned 16 (18 for results), a
/// `granted` or `partiallyGranted` decision is not recorded; the change moves the request to
/// `holderChanged` instead, and the service answers 1003 (Protocol/requests.md).
public struct DecideRequest: Sendable {
  /// The request.
  public let id: String
  /// The outcome.
  public let decision: Decision
  /// What is disclosed and withheld (references, not copies).
  public let items: [DecisionItem]
  /// Legal grounds for what is withheld or refused.
  public let grounds: [GroundCode]
  /// Who decided, with authority.
  public let decidedBy: DecisionMaker
  /// The internal balancing of interests (belangenafweging, rules.md §2.4 item 8).
  public let balancing: String?
  /// The reference of the written decision sent (letter number, document id).
  public let writtenRecord: String?
  /// When decided.
  public let decidedAt: Instant

  /// A decision.
  public init(
    id: String, decision: Decision, items: [DecisionItem] = [], grounds: [GroundCode] = [],
    decidedBy: DecisionMaker, balancing: String? = nil, writtenRecord: String? = nil, decidedAt: Instant
  ) {
    self.id = id
    self.decision = decision
    self.items = items
    self.grounds = grounds
    self.decidedBy = decidedBy
    self.balancing = balancing
    self.writtenRecord = writtenRecord
    self.decidedAt = decidedAt
  }

  /// True when `record` (as returned by this command) was moved to `holderChanged`, not decided.
  public static func movedToHolderChanged(_ record: JSONObject) -> Bool {
    record["status"]?.stringValue == RequestStatus.holderChanged.rawValue
  }

  /// The `requests.decided` change, or `requests.holderChanged` when standing lapsed.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("decide", from: r)
    try clock.notFuture(decidedAt, field: "decidedAt")
    try clock.notBeforeReceipt(decidedAt, r, field: "decidedAt")
    try checkStanding(r)
    let grounds = try validatedGrounds()
    let on = Amsterdam.date(of: decidedAt)
    let stamp = Amsterdam.format(decidedAt)
    var atDecision: Entitlement? = nil
    if decision.discloses, let birthDate = r.birthDate, let type = r.type, let requester = r.requester {
      let e: Entitlement
      do {
        e = try RightHolder.check(
          birthDate: birthDate, on: on, right: type.right, requester: requester, about: r.about,
          convention: clock.convention)
      } catch { throw .invalid("decidedAt", error.reason) }
      guard e.entitled else {
        let change: JSONValue = [
          "detectedAt": .string(stamp), "attemptedDecision": .string(decision.rawValue),
          "entitlementAtDecision": e.json(on: on),
        ]
        return r.with([("status", .string(RequestStatus.holderChanged.rawValue)), ("holderChange", change)])
          .change("holderChanged", change.objectValue ?? [:])
      }
      atDecision = e
    }
    let late = r.effectiveDueOn.map { on > $0 } ?? false
    return r.with([
      ("status", .string(next.rawValue)), ("decision", .string(decision.rawValue)),
      ("grounds", .array(grounds.map { .string($0.rawValue) })), ("items", .array(items.map(\.json))),
      ("decidedBy", decidedBy.json), ("balancing", balancing.map { .string($0) }),
      ("writtenRecord", writtenRecord.map { .string($0) }), ("decidedAt", .string(stamp)),
      ("decidedLate", .bool(late)), ("entitlementAtDecision", atDecision.map { $0.json(on: on) }),
    ]).change("decided", ["decision": .string(decision.rawValue), "decidedBy": decidedBy.json])
  }
}
