import JSON
import Rules
import Wording

/// `requests.route`: what happens to a student's own request under 16 (settled decision 7; rules.md
/// §1.3 [!]). Such a request is registered and never turned away; the legal representatives hold
/// the right, so either
/// - it is routed to them (`legalRepresentatives`): they become the requester, the student is kept
///   as `originalRequester`, and the request runs on with its original receipt and deadline; or
/// - an authorised staff member (`decidedBy`) accepts the student's own request with a recorded
///   justification of the student's capacity (`student`); the student stays the requester.
///
/// Refused (1006) when the student already holds the right on `at` (16 or older: decide the request,
/// the re-check at decision finds standing) or the request was routed already.
public struct RouteRequest: Sendable {
  /// The request.
  public let id: String
  /// Where it goes.
  public let to: RouteTarget
  /// When.
  public let at: Instant
  /// Why the student can handle this request personally (required for `student`).
  public let justification: String?
  /// Who accepted it, with authority (required for `student`).
  public let decidedBy: DecisionMaker?

  /// A routing.
  public init(id: String, to: RouteTarget, at: Instant, justification: String? = nil, decidedBy: DecisionMaker? = nil) {
    self.id = id
    self.to = to
    self.at = at
    self.justification = justification
    self.decidedBy = decidedBy
  }

  /// The `requests.routed` change.
  public func change(in register: Register, clock: RequestClock) throws(RegisterError) -> RegisterChange {
    let r = try register.request(id)
    let next = try RequestLifecycle.next("route", from: r)
    try clock.notFuture(at, field: "at")
    try clock.notBeforeReceipt(at, r, field: "at")
    guard let route = r.route, let birthDate = r.birthDate, let type = r.type else {
      throw .conflict(field: "id", reason: Texts.Requests.notRoutable.string)
    }
    guard route == .pending else {
      throw .conflict(field: "to", reason: Texts.Requests.alreadyRouted(route.rawValue).string)
    }
    let on = Amsterdam.date(of: at)
    let student: Entitlement
    do {
      student = try RightHolder.check(birthDate: birthDate, on: on, right: type.right, requester: .student, convention: clock.convention)
    } catch { throw .invalid("at", error.reason) }
    guard !student.entitled else {
      throw .conflict(field: "at", reason: Texts.Requests.studentHoldsRight(on: on.description).string)
    }
    let stamp = Amsterdam.format(at)
    var routeJSON: JSONObject = ["status": .string(to.status.rawValue), "at": .string(stamp)]
    var members: [(String, JSONValue?)] = [("status", .string(next.rawValue))]
    switch to {
    case .legalRepresentatives:
      members += [("requester", ["relationship": "parent"]), ("originalRequester", r.json["requester"])]
    case .student:
      guard let justification, !justification.allSatisfy(\.isWhitespace) else {
        throw .invalid("justification", Texts.Requests.justificationNeeded.string)
      }
      guard let decidedBy else {
        throw .invalid("decidedBy", Texts.Requests.acceptorNeeded.string)
      }
      routeJSON["justification"] = .string(justification)
      routeJSON["decidedBy"] = decidedBy.json
    }
    members.append(("route", .object(routeJSON)))
    return r.with(members).change("routed", routeJSON)
  }
}
