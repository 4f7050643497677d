import JSON
import Registers
import Rules
import Testing

/// Issue 19 items 1 and 4: standing is re-checked at the decision, whatever the decision, in both
/// directions: a birthday takes standing away (→ holderChanged) or brings it (→ decided on the merits).
@Suite struct HolderChangeTests {
  /// Every decision that can be taken on a request with standing, with what it needs.
  static func command(_ id: String, _ d: Decision, at: String, channel: LegalChannel = .A_AVG) throws -> DecideRequest {
    switch d {
    case .partiallyGranted: return try Desk.decision(id, d, at: at, grounds: [.AVG15_4])
    case .refused where channel == .BW_377C: return try Desk.decision(id, d, at: at, grounds: [.BW1_377C_CHILD_INTEREST])
    case .refused: return try Desk.decision(id, d, at: at, grounds: [.UAVG41_1i_PROTECT_DATA_SUBJECT])
    case .fee: return try Desk.decision(id, d, at: at, grounds: [.AVG12_5_EXCESSIVE])
    default: return try Desk.decision(id, d, at: at)
    }
  }

  /// type, requester, birth date, decided at (Amsterdam), decision → status after (nil: refused
  /// with -32602 on `decision`). Received 2026-11-20; the birthday is 27 November 2026.
  static let cases: [(RequestType, Requester, String, String, Decision, RequestStatus?)] = [
    // 16th birthday: a parent's AVG request. Day before: decided; on the day: holderChanged, any decision.
    (.access, .parent, "2010-11-27", "2026-11-26T23:59:00+01:00", .granted, .decided),
    (.access, .parent, "2010-11-27", "2026-11-27T00:00:00+01:00", .granted, .holderChanged),
    (.access, .parent, "2010-11-27", "2026-11-26T12:00:00+01:00", .partiallyGranted, .decided),
    (.access, .parent, "2010-11-27", "2026-11-27T12:00:00+01:00", .partiallyGranted, .holderChanged),
    (.access, .parent, "2010-11-27", "2026-11-26T12:00:00+01:00", .refused, .decided),
    (.access, .parent, "2010-11-27", "2026-11-27T12:00:00+01:00", .refused, .holderChanged),
    (.access, .parent, "2010-11-27", "2026-11-26T12:00:00+01:00", .fee, .decided),
    (.access, .parent, "2010-11-27", "2026-11-27T12:00:00+01:00", .fee, .holderChanged),
    (.access, .parent, "2010-11-27", "2026-11-26T12:00:00+01:00", .rejectedNoStanding, nil),
    (.access, .parent, "2010-11-27", "2026-11-27T12:00:00+01:00", .rejectedNoStanding, .holderChanged),
    (.erasure, .guardian, "2010-11-27", "2026-11-27T12:00:00+01:00", .refused, .holderChanged),
    // 18th birthday: a parent's results request (no consent recorded).
    (.results, .parent, "2008-11-27", "2026-11-26T12:00:00+01:00", .refused, .decided),
    (.results, .parent, "2008-11-27", "2026-11-27T12:00:00+01:00", .refused, .holderChanged),
    (.results, .parent, "2008-11-27", "2026-11-27T12:00:00+01:00", .granted, .holderChanged),
    // 16th birthday does not touch results or BW 1:377c.
    (.results, .parent, "2010-11-27", "2026-11-27T12:00:00+01:00", .granted, .decided),
    (.access, .parentWithoutAuthority, "2010-11-27", "2026-11-27T12:00:00+01:00", .granted, .decided),
    // 18th birthday ends BW 1:377c.
    (.access, .parentWithoutAuthority, "2008-11-27", "2026-11-26T12:00:00+01:00", .granted, .decided),
    (.access, .parentWithoutAuthority, "2008-11-27", "2026-11-27T12:00:00+01:00", .granted, .holderChanged),
    (.results, .parentWithoutAuthority, "2008-11-27", "2026-11-27T12:00:00+01:00", .refused, .holderChanged),
    // The other direction: a student's own request at 15 finds standing on the 16th birthday.
    (.access, .student, "2010-11-27", "2026-11-27T00:00:00+01:00", .granted, .decided),
    (.access, .student, "2010-11-27", "2026-11-27T12:00:00+01:00", .refused, .decided),
    (.access, .student, "2010-11-27", "2026-11-27T12:00:00+01:00", .rejectedNoStanding, nil),
  ]

  @Test(arguments: cases)
  func reCheckAtDecision(
    type: RequestType, requester: Requester, born: String, at: String, decision: Decision, expected: RequestStatus?
  ) throws {
    var desk = Desk()
    let r = try desk.open(type, born: born, by: requester, received: "2026-11-20")
    let d = try Self.command(r.id, decision, at: at, channel: r.channel)
    guard let expected else {
      #expect(Desk.invalidField(Desk.error { try desk.decide(d) }) == "decision")
      #expect(desk.register[r.id]?["status"] == "open")
      return
    }
    let after = try desk.decide(d)
    #expect(after.status == expected)
    if expected == .holderChanged {
      #expect(after.json["decision"] == nil && after.json["grounds"] == nil)
      #expect(after.json["holderChange"]?["attemptedDecision"] == .string(decision.rawValue))
      #expect(after.json["holderChange"]?["entitlementAtDecision"]?["entitled"] == false)
      // The student may adopt; the deadline stays.
      let adopted = try desk.adopt(r.id, at: "2026-11-28T10:00:00+01:00")
      #expect(adopted.requester == .student && adopted.dueOn == r.dueOn && adopted.status == .open)
    } else {
      #expect(after.json["decision"] == .string(decision.rawValue))
      #expect(after.json["entitlementAtDecision"]?["entitled"] == true)
    }
  }

  @Test func theStudentsOwnRequestAt15CannotBeDecidedBeforeTheBirthdayWithoutRouting() throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", by: .student, received: "2026-11-20")
    #expect(r.route == .pending && !r.entitled)
    for decision in [Decision.granted, .rejectedNoStanding] {
      let e = Desk.error { try desk.decide(Desk.decision(r.id, decision, at: "2026-11-26T23:59:00+01:00")) }
      guard case .conflict(let field, let reason)? = e else { Issue.record("expected 1006, got \(String(describing: e))"); continue }
      #expect(field == "id" && reason.contains("wordt nooit afgewezen"))
    }
    // On the birthday the re-check finds standing.
    let d = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-27T00:00:00+01:00"))
    #expect(d.status == .decided && d.json["entitlementAtDecision"]?["entitled"] == true)
  }

  @Test func aBW377cRequestAdoptedByTheStudentAt18IsTheStudentsAVGRequest() throws {
    var desk = Desk()
    let r = try desk.open(.access, born: "2008-11-27", by: .parentWithoutAuthority, received: "2026-11-20")
    #expect(r.channel == .BW_377C)
    let moved = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-27T09:00:00+01:00"))
    #expect(moved.status == .holderChanged)
    let adopted = try desk.adopt(r.id, at: "2026-11-27T10:00:00+01:00")
    #expect(adopted.channel == .A_AVG && adopted.requester == .student)
    let refused = try desk.decide(Desk.decision(r.id, .refused, at: "2026-11-27T11:00:00+01:00", grounds: [.UAVG41_1i_RIGHTS_OF_OTHERS]))
    #expect(refused.status == .decided)
  }
}
