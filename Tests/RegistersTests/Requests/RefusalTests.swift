import JSON
import Registers
import Rules
import Testing

/// Issue 19 items 3 and 11: the BW 1:377c channel with its own ground, the remedies a refusal
/// names (AVG art. 12(4)), and the manifestly unfounded or excessive request (art. 12(5)).
@Suite struct RefusalTests {
  static let at = "2026-11-25T09:00:00+01:00"
  static let bw = Remedies(apComplaint: false, judicialRemedy: true, awbObjection: false, board: nil)

  /// type, requester, born, received → legal channel and standing at receipt.
  static let channels: [(RequestType, Requester, String, String, LegalChannel, Bool)] = [
    (.access, .parentWithoutAuthority, "2014-05-12", "2026-11-20", .BW_377C, true),
    (.results, .parentWithoutAuthority, "2014-05-12", "2026-11-20", .BW_377C, true),
    (.erasure, .parentWithoutAuthority, "2014-05-12", "2026-11-20", .BW_377C, false),
    (.results, .parentWithoutAuthority, "2008-11-27", "2026-11-26", .BW_377C, true),  // 17
    (.results, .parentWithoutAuthority, "2008-11-27", "2026-11-27", .B_SECTOR_LAW, false),  // 18: consent needed
    (.access, .parentWithoutAuthority, "2008-11-27", "2026-11-27", .A_AVG, false),
    (.results, .parent, "2014-05-12", "2026-11-20", .B_SECTOR_LAW, true),
    (.access, .parent, "2014-05-12", "2026-11-20", .A_AVG, true),
  ]

  @Test(arguments: channels)
  func aParentWithoutAuthorityOpensOnTheBW377cChannel(
    type: RequestType, by: Requester, born: String, received: String, channel: LegalChannel, entitled: Bool
  ) throws {
    var desk = Desk()
    let r = try desk.open(type, born: born, by: by, received: received)
    #expect(r.channel == channel && r.json["legalChannel"] == .string(channel.rawValue))
    #expect(r.entitled == entitled)
    if channel == .BW_377C && entitled {
      #expect(r.json["entitlementAtReceipt"]?["basis"]?["article"] == "BW 1:377c")
    }
  }

  /// decision, grounds, remedies → the field refused (nil: recorded) on the BW 1:377c channel.
  static let bwDecisions: [(Decision, [GroundCode], Remedies?, String?)] = [
    (.granted, [], nil, nil),
    (.refused, [.BW1_377C_CHILD_INTEREST], bw, nil),
    (.partiallyGranted, [.BW1_377C_CHILD_INTEREST, .AVG15_4], bw, nil),
    (.refused, [.AVG15_4], bw, "grounds"),
    (.refused, [.UAVG41_1i_PROTECT_DATA_SUBJECT], bw, "grounds"),
    (.refused, [.BW1_377C_CHILD_INTEREST, .AVG17_3b_LEGAL_OBLIGATION], bw, "grounds"),
    (.refused, [.BW1_377C_CHILD_INTEREST], nil, "remedies"),
    (.refused, [.BW1_377C_CHILD_INTEREST], Remedies(apComplaint: true, judicialRemedy: false, awbObjection: true, board: .publicLaw), "remedies.judicialRemedy"),
    (.fee, [.AVG12_5_EXCESSIVE], bw, "decision"),
    (.rejectedNoStanding, [], bw, "decision"),
  ]

  @Test(arguments: bwDecisions)
  func bw377cIsRefusedOnlyAgainstTheChildsInterest(decision: Decision, grounds: [GroundCode], remedies: Remedies?, field: String?) throws {
    var desk = Desk()
    let r = try desk.open(.access, by: .parentWithoutAuthority)
    let command = try Desk.decision(r.id, decision, at: Self.at, grounds: grounds, remedies: remedies)
    let e = Desk.error { try desk.decide(command) }
    #expect(Desk.invalidField(e) == field, "\(String(describing: e))")
    if field == nil {
      #expect(desk.register[r.id]?["status"] == "decided")
      #expect(desk.register[r.id]?["decision"] == .string(decision.rawValue))
    }
  }

  @Test func theBW377cGroundBelongsToThatChannelAlone() throws {
    var desk = Desk()
    let r = try desk.open(.access, by: .parent)
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .refused, at: Self.at, grounds: [.BW1_377C_CHILD_INTEREST])) }) == "grounds")
  }

  /// apComplaint, judicialRemedy, awbObjection, board → the field refused (nil: recorded), AVG channel.
  static let remedies: [(Bool, Bool, Bool, Remedies.Board?, String?)] = [
    (true, true, false, .private, nil),
    (true, true, true, .publicLaw, nil),
    (true, true, false, .publicLaw, "remedies.awbObjection"),
    (false, true, false, .private, "remedies.apComplaint"),
    (true, false, false, .private, "remedies.judicialRemedy"),
    (true, true, false, nil, "remedies.board"),
  ]

  @Test(arguments: remedies)
  func aRefusalNamesTheRemedies(ap: Bool, judicial: Bool, awb: Bool, board: Remedies.Board?, field: String?) throws {
    for decision in [Decision.refused, .partiallyGranted, .rejectedNoStanding] {
      var desk = Desk()
      let r = try desk.open(by: decision == .rejectedNoStanding ? .caregiver : .parent)
      let named = Remedies(apComplaint: ap, judicialRemedy: judicial, awbObjection: awb, board: board)
      let command = try Desk.decision(
        r.id, decision, at: Self.at, grounds: decision == .rejectedNoStanding ? [] : [.AVG15_4], remedies: named)
      let e = Desk.error { try desk.decide(command) }
      #expect(Desk.invalidField(e) == field, "\(decision): \(String(describing: e))")
      if field == nil { #expect(desk.register[r.id]?["remedies"] == named.json) }
    }
  }

  @Test func everyDecisionButAGrantNeedsTheRemedies() throws {
    for decision in [Decision.refused, .partiallyGranted, .fee] {
      var desk = Desk()
      let r = try desk.open()
      let grounds: [GroundCode] = decision == .fee ? [.AVG12_5_EXCESSIVE] : [.AVG15_4]
      #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, decision, at: Self.at, grounds: grounds, remedies: nil)) }) == "remedies")
    }
    var desk = Desk()
    let r = try desk.open()
    #expect(try desk.decide(Desk.decision(r.id, .granted, at: Self.at)).json["remedies"] == nil)
  }

  @Test func aManifestlyUnfoundedOrExcessiveRequestIsDecidedAsSuchWithItsReason() throws {
    var desk = Desk()
    let r = try desk.open()
    var command = try Desk.decision(r.id, .refused, at: Self.at, grounds: [.AVG12_5_UNFOUNDED])
    command.manifestReason = nil
    #expect(Desk.invalidField(Desk.error { try desk.decide(command) }) == "manifestReason")
    command.manifestReason = " "
    #expect(Desk.invalidField(Desk.error { try desk.decide(command) }) == "manifestReason")
    var other = try Desk.decision(r.id, .refused, at: Self.at, grounds: [.AVG15_4])
    other.manifestReason = "repetitive"
    #expect(Desk.invalidField(Desk.error { try desk.decide(other) }) == "manifestReason")
    command.manifestReason = "asks for data the school has never held, for the fifth time"
    let d = try desk.decide(command)
    #expect(d.json["manifestReason"] == "asks for data the school has never held, for the fifth time")
    #expect(d.json["grounds"] == ["AVG12_5_UNFOUNDED"])
  }

  @Test func orActedOnForAReasonableFee() throws {
    var desk = Desk()
    let r = try desk.open()
    var command = try Desk.decision(r.id, .fee, at: Self.at, grounds: [.AVG12_5_EXCESSIVE])
    let fee = command.fee
    command.fee = nil
    #expect(Desk.invalidField(Desk.error { try desk.decide(command) }) == "fee")
    command.fee = fee
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .fee, at: Self.at, grounds: [.AVG15_4])) }) == "grounds")
    #expect(Desk.invalidField(Desk.error { try desk.decide(Desk.decision(r.id, .fee, at: Self.at)) }) == "grounds")
    var refusedWithFee = try Desk.decision(r.id, .refused, at: Self.at, grounds: [.AVG12_5_EXCESSIVE])
    refusedWithFee.fee = fee
    #expect(Desk.invalidField(Desk.error { try desk.decide(refusedWithFee) }) == "fee")
    #expect(Desk.invalidField(Desk.error { _ = try RequestFee(amountCents: 0, costs: "copies") }) == "fee.amountCents")
    #expect(Desk.invalidField(Desk.error { _ = try RequestFee(amountCents: 1, costs: " ") }) == "fee.costs")
    #expect(Desk.error { _ = try RequestFee(amountCents: 1, costs: "one page") } == nil)
    let d = try desk.decide(command)
    #expect(d.json["decision"] == "fee" && d.json["fee"]?["amountCents"] == 1500)
  }
}
