import JSON
import Rules
import Wording

extension DecideRequest {
  /// The grounds after the rules of rules.md §2.4 and decisions 18–20, with the items, remedies,
  /// art. 12(5) reason and fee checked for the request's `channel`. Missing parts are -32602 naming
  /// the member (`grounds`, `balancing`, `writtenRecord`, `remedies...`, `manifestReason`, `fee`,
  /// `items[i]...`).
  func validatedGrounds(channel: LegalChannel) throws(RegisterError) -> [GroundCode] {
    var grounds = self.grounds
    switch decision {
    case .granted:
      if !grounds.isEmpty {
        throw .invalid("grounds", Texts.Requests.grantedWithholdsNothing.string)
      }
    case .partiallyGranted, .refused:
      if grounds.isEmpty {
        throw .invalid("grounds", Texts.Requests.groundsNeeded(decision.rawValue).string)
      }
      if Self.blank(balancing) {
        throw .invalid("balancing", Texts.Requests.balancingNeeded(decision.rawValue).string)
      }
      try requireWrittenRecord(Texts.Requests.writtenDecisionNeeded(decision.rawValue))
    case .rejectedNoStanding:
      if grounds.isEmpty { grounds = [.NO_STANDING] }
      guard grounds.contains(.NO_STANDING) else {
        throw .invalid("grounds", Texts.Requests.noStandingGround.string)
      }
      try requireWrittenRecord(Texts.Requests.writtenRejectionNeeded)
    case .fee:
      guard !grounds.isEmpty, grounds.allSatisfy(\.isManifest) else {
        throw .invalid("grounds", Texts.Requests.feeOnlyManifest.string)
      }
      guard fee != nil else {
        throw .invalid("fee", Texts.Requests.feeNeeded.string)
      }
      try requireWrittenRecord(Texts.Requests.writtenFeeNeeded)
    }
    if decision != .fee && fee != nil {
      throw .invalid("fee", Texts.Requests.feeOnlyWithFeeDecision.string)
    }
    try checkChannel(channel, grounds: grounds)
    try checkManifest(grounds)
    if decision.namesRemedies {
      guard let remedies else {
        throw .invalid("remedies", Texts.Requests.remediesNeeded.string)
      }
      try remedies.validate(channel: channel)
    }
    for (i, item) in items.enumerated() {
      if decision == .granted && !item.disclosed && item.privateWorkingNote == nil {
        throw .invalid("items[\(i)].disclosed", Texts.Requests.grantedItemWithheld.string)
      }
      try item.validate(field: "items[\(i)]", grounds: grounds)
    }
    return grounds
  }

  /// BW 1:377c refuses only when the information is against the child's interest (decision 8):
  /// on that channel a restriction names BW1_377C_CHILD_INTEREST, and besides it only AVG15_4
  /// (others' data never goes to this parent); the AVG's fee and restrictions do not apply. The
  /// BW ground belongs to that channel alone.
  func checkChannel(_ channel: LegalChannel, grounds: [GroundCode]) throws(RegisterError) {
    guard channel == .BW_377C else {
      if grounds.contains(.BW1_377C_CHILD_INTEREST) {
        throw .invalid("grounds", Texts.Requests.childInterestOffChannel.string)
      }
      return
    }
    if decision == .fee {
      throw .invalid("decision", Texts.Requests.noFeeUnderBW.string)
    }
    guard decision.restricts else { return }
    guard grounds.contains(.BW1_377C_CHILD_INTEREST) else {
      throw .invalid("grounds", Texts.Requests.childInterestNeeded.string)
    }
    if let other = grounds.first(where: { $0 != .BW1_377C_CHILD_INTEREST && $0 != .AVG15_4 }) {
      throw .invalid("grounds", Texts.Requests.notABWGround(other.rawValue).string)
    }
  }

  /// A manifestly unfounded or excessive request (AVG art. 12(5)) is decided as such, with its
  /// reason: the school bears the burden of proof (rules.md §2.1, decision 18).
  func checkManifest(_ grounds: [GroundCode]) throws(RegisterError) {
    let manifest = grounds.contains(where: \.isManifest)
    if manifest && Self.blank(manifestReason) {
      throw .invalid("manifestReason", Texts.Requests.manifestReasonNeeded.string)
    }
    if !manifest && manifestReason != nil {
      throw .invalid("manifestReason", Texts.Requests.manifestReasonWithoutGround.string)
    }
  }

  /// -32602 on `writtenRecord` with `reason` when it is blank.
  func requireWrittenRecord(_ reason: Text) throws(RegisterError) {
    if Self.blank(writtenRecord) { throw .invalid("writtenRecord", reason.string) }
  }

  /// True for nil or whitespace only.
  static func blank(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }
}
