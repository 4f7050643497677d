import JSON
import Rules
import Wording

/// `requests.decide`: records the decision on a request with everything a written refusal or
/// restriction must show (rules.md §2.4; AVG art. 12(4), 12(5), 15(4), 23(1)(i); UAVG art. 41(1)(i);
/// BW 1:377c).
///
/// Standing is re-checked at `decidedAt`, in both directions (rules.md §1.5, decisions 4–8):
/// - a request that had standing (at receipt, or since it was routed or accepted) and lost it by a
///   birthday (16, or 18 for results and for BW 1:377c) is not decided, whatever the decision:
///   the change moves it to `holderChanged` and the service answers 1003;
/// - a request without standing at receipt can be decided on its merits once the requester has it:
///   a student who turned 16, or a parent asking for an adult student's results whose consent the
///   consents register holds on the decision date (looked up under the same lock as the write);
/// - a student's own request under 16 is never turned away (decision 7): route or accept it first.
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
  /// The remedies the written decision names (AVG art. 12(4)); required unless granted.
  public var remedies: Remedies? = nil
  /// Why the request is manifestly unfounded or excessive (art. 12(5): the school proves it).
  public var manifestReason: String? = nil
  /// The reasonable fee of a `fee` decision (art. 12(5)(a)).
  public var fee: RequestFee? = nil
  /// The student's consent relied on (a parent and an adult student's results); nil: looked up.
  public var consentID: String? = nil

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

  /// The change without a consents register (no consent can be found: tests, and requests that
  /// never rest on consent).
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    try change(in: register, consents: Register(kind: .consents), clock: clock)
  }

  /// The `requests.decided` change, or `requests.holderChanged` when standing lapsed.
  public func change(in register: Register, consents: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("decide", from: r)
    try clock.notFuture(decidedAt, field: "decidedAt")
    try clock.notBeforeReceipt(decidedAt, r, field: "decidedAt")
    let grounds = try validatedGrounds(channel: r.channel)
    let on = Amsterdam.date(of: decidedAt)
    let stamp = Amsterdam.format(decidedAt)
    let (atDecision, consent) = try standing(r, on: on, consents: consents, clock: clock)
    if !atDecision.entitled {
      if r.hadStanding {
        let change: JSONValue = [
          "detectedAt": .string(stamp), "attemptedDecision": .string(decision.rawValue),
          "entitlementAtDecision": atDecision.json(on: on),
        ]
        return r.with([("status", .string(RequestStatus.holderChanged.rawValue)), ("holderChange", change)])
          .change("holderChanged", change.objectValue ?? [:])
      }
      try withoutStanding(r, atDecision, on: on)
    } else if decision == .rejectedNoStanding {
      throw .invalid("decision", Texts.Requests.hasStandingOn(on.description).string)
    }
    let late = r.effectiveDueOn.map { on > $0 } ?? false
    var details: JSONObject = ["decision": .string(decision.rawValue), "decidedBy": decidedBy.json]
    if let consent { details["consentId"] = .string(consent.id) }
    return r.with([
      ("status", .string(next.rawValue)), ("decision", .string(decision.rawValue)),
      ("grounds", .array(grounds.map { .string($0.rawValue) })), ("items", .array(items.map(\.json))),
      ("decidedBy", decidedBy.json), ("balancing", balancing.map { .string($0) }),
      ("writtenRecord", writtenRecord.map { .string($0) }), ("decidedAt", .string(stamp)),
      ("decidedLate", .bool(late)), ("entitlementAtDecision", atDecision.json(on: on)),
      ("remedies", remedies?.json), ("manifestReason", manifestReason.map { .string($0) }), ("fee", fee?.json),
      ("consentAtDecision", consent.map(StudentConsent.json)),
    ]).change("decided", details)
  }
}
