import JSON
import Registers
import Rules
import Testing

/// Issue 19 item 4 (settled decision 7): a student's own request under 16 is registered, never
/// turned away; it is routed to the legal representatives or accepted with a justification.
@Suite struct RouteRequestTests {
  /// birth date, received, requester → route pending at receipt.
  static let pending: [(String, String, Requester, Bool)] = [
    ("2010-11-27", "2026-11-26", .student, true),  // the day before the 16th birthday
    ("2010-11-27", "2026-11-27", .student, false),  // on it: the student holds the right
    ("2014-05-12", "2026-11-20", .parent, false),
    ("2014-05-12", "2026-11-20", .parentWithoutAuthority, false),
  ]

  @Test(arguments: pending)
  func aStudentUnder16IsRegisteredWithTheRepresentativesNamed(born: String, received: String, by: Requester, isPending: Bool) throws {
    var desk = Desk()
    let r = try desk.open(born: born, by: by, received: received)
    #expect((r.route == .pending) == isPending)
    if isPending {
      #expect(r.json["route"]?["holders"] == ["parents"])
      #expect(r.json["entitlementAtReceipt"]?["holders"] == ["parents"])
      #expect(r.json["route"]?["nextStep"]?.stringValue?.contains("requests.route") == true)
      #expect(r.status == .open)
    }
  }

  @Test func routedToTheRepresentativesTheyBecomeTheRequester() throws {
    var desk = Desk()
    let r = try desk.open(born: "2012-09-10", by: .student, received: "2026-11-20")
    let routed = try desk.route(r.id, to: .legalRepresentatives, at: "2026-11-21T10:00:00+01:00", by: nil)
    #expect(routed.requester == .parent && routed.json["originalRequester"]?["relationship"] == "student")
    #expect(routed.route == .legalRepresentatives && routed.dueOn == r.dueOn && routed.status == .open)
    #expect(desk.register.histories[r.id]?.last?.type == "requests.routed")
    let d = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-22T10:00:00+01:00"))
    #expect(d.status == .decided)
    #expect(Desk.error { try desk.route(r.id, to: .student, at: "2026-11-23T10:00:00+01:00") } != nil)
  }

  @Test func aRoutedRequestMeetsTheSixteenthBirthdayLikeAnyParentsRequest() throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", by: .student, received: "2026-11-20")
    try desk.route(r.id, to: .legalRepresentatives, at: "2026-11-21T10:00:00+01:00", by: nil)
    let moved = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-27T09:00:00+01:00"))
    #expect(moved.status == .holderChanged)
    #expect(try desk.adopt(r.id, at: "2026-11-27T10:00:00+01:00").requester == .student)
  }

  @Test func acceptedForTheStudentWithAJustification() throws {
    var desk = Desk()
    let r = try desk.open(born: "2013-06-02", by: .student, received: "2026-11-20")
    let at = "2026-11-21T10:00:00+01:00"
    #expect(Desk.invalidField(Desk.error { try desk.route(r.id, to: .student, at: at) }) == "justification")
    #expect(Desk.invalidField(Desk.error { try desk.route(r.id, to: .student, at: at, justification: "  ") }) == "justification")
    #expect(Desk.invalidField(Desk.error { try desk.route(r.id, to: .student, at: at, justification: "mature", by: nil) }) == "decidedBy")
    let accepted = try desk.route(r.id, to: .student, at: at, justification: "asks only for own mentor reports, understands them")
    #expect(accepted.requester == .student && accepted.route == .acceptedForStudent)
    #expect(accepted.json["route"]?["decidedBy"]?["role"] == "director")
    let d = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-22T10:00:00+01:00"))
    #expect(d.status == .decided && d.json["entitlementAtDecision"]?["entitled"] == true)
    #expect(d.json["entitlementAtDecision"]?["reason"]?.stringValue?.contains("own mentor reports") == true)
    // Accepted means standing: no rejection for lack of it.
    var other = Desk()
    let s = try other.open(born: "2013-06-02", by: .student, received: "2026-11-20")
    try other.route(s.id, to: .student, at: at, justification: "mature")
    #expect(Desk.invalidField(Desk.error { try other.decide(Desk.decision(s.id, .rejectedNoStanding, at: at)) }) == "decision")
  }

  /// routed at → accepted (the day before the 16th birthday) or refused (on it: 1006).
  static let routeDates: [(String, Bool)] = [
    ("2026-11-26T23:59:00+01:00", true),
    ("2026-11-27T00:00:00+01:00", false),
    ("2026-11-26T23:30:00Z", false),  // 00:30 on the 27th in Amsterdam
  ]

  @Test(arguments: routeDates)
  func routingEndsOnTheSixteenthBirthday(at: String, allowed: Bool) throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", by: .student, received: "2026-11-20")
    let e = Desk.error { try desk.route(r.id, to: .legalRepresentatives, at: at) }
    if allowed {
      #expect(e == nil)
    } else if case .conflict(let field, _)? = e {
      #expect(field == "at")
    } else {
      Issue.record("expected 1006 on at, got \(String(describing: e))")
    }
  }

  @Test func onlyAPendingStudentsOwnRequestIsRouted() throws {
    var desk = Desk()
    let parent = try desk.open(by: .parent)
    guard case .conflict(let field, _)? = Desk.error({ try desk.route(parent.id, to: .legalRepresentatives, at: "2026-11-21T10:00:00+01:00") }) else {
      Issue.record("a parent's request is not routed")
      return
    }
    #expect(field == "id")
    let own = try desk.open(by: .student)
    try desk.route(own.id, to: .legalRepresentatives, at: "2026-11-21T10:00:00+01:00")
    guard case .conflict(let again, _)? = Desk.error({ try desk.route(own.id, to: .legalRepresentatives, at: "2026-11-21T11:00:00+01:00") }) else {
      Issue.record("routing twice must be 1006")
      return
    }
    #expect(again == "to")
  }
}
