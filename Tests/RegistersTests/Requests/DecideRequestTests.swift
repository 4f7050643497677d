import JSON
import Registers
import Rules
import Testing

/// `requests.decide`: standing re-checked at the decision, the art. 12(4) apparatus, items.
@Suite struct DecideRequestTests {
  @Test func sixteenthBirthdayBetweenReceiptAndDecisionMovesToHolderChanged() throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", received: "2026-11-20")
    #expect(r.entitled)
    let moved = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-29T09:00:00+01:00"))
    #expect(moved.status == .holderChanged)
    #expect(DecideRequest.movedToHolderChanged(moved.json))
    #expect(moved.json["decision"] == nil)
    #expect(moved.json["holderChange"]?["entitlementAtDecision"]?["entitled"] == false)
    #expect(moved.json["holderChange"]?["attemptedDecision"] == "granted")
    #expect(desk.register.histories[r.id]?.last?.type == "requests.holderChanged")
    // A decision is not possible until the student adopts; the deadline stays.
    let again = Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-29T09:00:00+01:00")) }
    #expect(again == .transition(action: "decide", status: "holderChanged", allowed: ["adopt", "correct", "verifyIdentity", "withdraw"]))
    let adopted = try desk.adopt(r.id, at: "2026-11-29T09:30:00+01:00")
    #expect(adopted.status == .open && adopted.requester == .student && adopted.dueOn == r.dueOn)
    let decided = try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-29T09:40:00+01:00"))
    #expect(decided.status == .decided && decided.json["entitlementAtDecision"]?["entitled"] == true)
  }

  @Test func eighteenthBirthdayEndsAParentsResultsRequest() throws {
    var desk = Desk()
    let r = try desk.open(.results, born: "2008-11-25", received: "2026-11-20")
    let moved = try desk.decide(Desk.decision(r.id, .partiallyGranted, at: "2026-11-26T09:00:00+01:00", grounds: [.AVG15_4]))
    #expect(moved.status == .holderChanged)
  }

  @Test func birthdayOnTheDecisionDayCountsFromMidnightAmsterdam() throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", received: "2026-11-20")
    // 2026-11-26T23:30Z is 00:30 on the 27th in Amsterdam: already 16.
    #expect(try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-26T23:30:00Z")).status == .holderChanged)
    let s = try desk.open(born: "2010-11-27", received: "2026-11-20")
    #expect(try desk.decide(Desk.decision(s.id, .granted, at: "2026-11-26T22:30:00Z")).status == .decided)
  }

  @Test func aRefusalAfterTheHolderChangedIsNotRecordedAgainstTheParent() throws {
    var desk = Desk()
    let r = try desk.open(born: "2010-11-27", received: "2026-11-20")
    let d = try desk.decide(Desk.decision(r.id, .refused, at: "2026-11-29T09:00:00+01:00", grounds: [.AVG12_5_EXCESSIVE]))
    #expect(d.status == .holderChanged && d.json["decision"] == nil)
    #expect(d.json["holderChange"]?["attemptedDecision"] == "refused")
  }

  /// decision, grounds, balancing, written record → the field refused (nil: accepted).
  static let restrictions: [(Decision, [GroundCode], String?, String?, String?)] = [
    (.refused, [], "b", "w", "grounds"),
    (.refused, [.AVG12_5_UNFOUNDED], nil, "w", "balancing"),
    (.refused, [.AVG12_5_UNFOUNDED], "  ", "w", "balancing"),
    (.refused, [.AVG12_5_UNFOUNDED], "b", nil, "writtenRecord"),
    (.partiallyGranted, [], "b", "w", "grounds"),
    (.partiallyGranted, [.UAVG41_1i_PROTECT_DATA_SUBJECT], nil, "w", "balancing"),
    (.partiallyGranted, [.UAVG41_1i_RIGHTS_OF_OTHERS], "b", "", "writtenRecord"),
    (.partiallyGranted, [.UAVG41_1i_RIGHTS_OF_OTHERS], "b", "w", nil),
    (.granted, [.AVG15_4], nil, nil, "grounds"),
    (.granted, [], nil, nil, nil),
    (.rejectedNoStanding, [], nil, "w", "decision"),
  ]

  @Test(arguments: restrictions)
  func restrictionsNeedGroundsBalancingAndAWrittenRecord(
    decision: Decision, grounds: [GroundCode], balancing: String?, written: String?, field: String?
  ) throws {
    var desk = Desk()
    let r = try desk.open()
    let command = try Desk.decision(r.id, decision, at: "2026-11-29T09:00:00+01:00", grounds: grounds, balancing: balancing, written: written)
    let e = Desk.error { try desk.decide(command) }
    #expect(Desk.invalidField(e) == field, "\(String(describing: e))")
    #expect((desk.register[r.id]?["status"] == "decided") == (field == nil))
  }

  @Test func authorityIsDirectorBoardOrDelegateWithMandate() {
    #expect(Desk.invalidField(Desk.error { _ = try DecisionMaker(name: "X", role: .delegate, mandate: nil) }) == "decidedBy.mandate")
    #expect(Desk.invalidField(Desk.error { _ = try DecisionMaker(name: "X", role: .delegate, mandate: " ") }) == "decidedBy.mandate")
    #expect(Desk.error { _ = try DecisionMaker(name: "X", role: .delegate, mandate: "Mandaat 2025-07") } == nil)
    #expect(Desk.error { _ = try DecisionMaker(name: "X", role: .board, mandate: nil) } == nil)
    #expect(Set(DecisionMaker.Role.allCases.map(\.rawValue)) == ["director", "board", "delegate"])
  }

  /// singleAuthor, ownUseOnly, neverShared → the field refused (nil: excluded as a private note).
  static let notes: [(Bool, Bool, Bool, String?)] = [
    (true, true, true, nil),
    (false, true, true, "items[0].privateWorkingNote.singleAuthor"),
    (true, false, true, "items[0].privateWorkingNote.ownUseOnly"),
    (true, true, false, "items[0].privateWorkingNote.neverShared"),
    (false, false, false, "items[0].privateWorkingNote.singleAuthor"),
  ]

  @Test(arguments: notes)
  func privateWorkingNotesNeedAllThreeConditions(single: Bool, own: Bool, never: Bool, field: String?) throws {
    var desk = Desk()
    let r = try desk.open()
    let note = DecisionItem.PrivateWorkingNote(singleAuthor: single, ownUseOnly: own, neverShared: never)
    let item = DecisionItem(description: "mentor's notebook", disclosed: false, ground: nil, privateWorkingNote: note)
    let e = Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-29T09:00:00+01:00", items: [item])) }
    #expect(Desk.invalidField(e) == field)
  }

  @Test func withheldItemsNameAGroundOfTheDecision() throws {
    var desk = Desk()
    let r = try desk.open()
    func item(_ g: GroundCode?, disclosed: Bool = false) -> DecisionItem {
      DecisionItem(description: "report", disclosed: disclosed, ground: g, privateWorkingNote: nil)
    }
    let at = "2026-11-29T09:00:00+01:00"
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .partiallyGranted, at: at, grounds: [.AVG15_4], items: [item(nil)])) }) == "items[0].ground")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .partiallyGranted, at: at, grounds: [.AVG15_4], items: [item(.AVG12_5_EXCESSIVE)])) }) == "items[0].ground")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: at, items: [item(.AVG15_4)])) }) == "items[0].disclosed")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .partiallyGranted, at: at, grounds: [.AVG15_4], items: [item(.AVG15_4, disclosed: true)])) }) == "items[0].ground")
    let ok = try desk.decide(Desk.decision(r.id, .partiallyGranted, at: at, grounds: [.AVG15_4], items: [item(nil, disclosed: true), item(.AVG15_4)]))
    #expect(ok.json["items"]?.arrayValue?.count == 2)
  }

  @Test func withoutStandingOnlyRejectedNoStanding() throws {
    var desk = Desk()
    let r = try desk.open(by: .caregiver)
    #expect(!r.entitled)
    let at = "2026-11-29T09:00:00+01:00"
    if case .notEntitled(let field, _)? = Desk.error({ try desk.decide(Desk.decision(r.id, .granted, at: at)) }) {
      #expect(field == "decision")
    } else { Issue.record("granting without standing must be 1003") }
    let partial = Desk.error { try desk.decide(Desk.decision(r.id, .partiallyGranted, at: at, grounds: [.AVG15_4])) }
    if case .notEntitled? = partial {} else { Issue.record("partly granting without standing must be 1003: \(String(describing: partial))") }
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .refused, at: at, grounds: [.NO_STANDING])) }) == "decision")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .rejectedNoStanding, at: at, written: nil)) }) == "writtenRecord")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .rejectedNoStanding, at: at, grounds: [.AVG15_4])) }) == "grounds")
    let d = try desk.decide(Desk.decision(r.id, .rejectedNoStanding, at: at))
    #expect(d.status == .decided && d.json["grounds"] == ["NO_STANDING"])
    #expect(Desk.error { try desk.adopt(r.id, at: at) } == .transition(action: "adopt", status: "decided", allowed: ["correct", "respond", "withdraw"]))
  }

  @Test func decisionTimesMustBeBetweenReceiptAndNow() throws {
    var desk = Desk()
    let r = try desk.open()
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-19T12:00:00+01:00")) }) == "decidedAt")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .granted, at: "2026-11-29T10:00:01+01:00")) }) == "decidedAt")
    #expect(Desk.error { try desk.decide(Desk.decision("R-2026-9999", .granted, at: "2026-11-29T09:00:00+01:00")) } == .notFound(register: "requests", id: "R-2026-9999"))
  }
}
