import JSON
import Rules

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
        throw .invalid("grounds", "a granted request withholds nothing; use partiallyGranted to withhold on a ground")
      }
    case .partiallyGranted, .refused:
      if grounds.isEmpty {
        throw .invalid("grounds", "a \(decision.rawValue) decision must name its legal ground(s) (AVG art. 12(4); rules.md §2.4 item 3)")
      }
      if Self.blank(balancing) {
        throw .invalid("balancing", "a \(decision.rawValue) decision needs the recorded balancing of interests (rules.md §2.4 item 8)")
      }
      try requireWrittenRecord("a \(decision.rawValue) decision is given in writing with the reasons and the remedies (AVG art. 12(4)): give its reference")
    case .rejectedNoStanding:
      if grounds.isEmpty { grounds = [.NO_STANDING] }
      guard grounds.contains(.NO_STANDING) else {
        throw .invalid("grounds", "a rejection for lack of standing names the ground NO_STANDING")
      }
      try requireWrittenRecord("the requester is told in writing why nothing is done (AVG art. 12(4)): give its reference")
    case .fee:
      guard !grounds.isEmpty, grounds.allSatisfy(\.isManifest) else {
        throw .invalid("grounds", "a fee is charged only for a manifestly unfounded or excessive request: the grounds are AVG12_5_UNFOUNDED or AVG12_5_EXCESSIVE (AVG art. 12(5))")
      }
      guard fee != nil else {
        throw .invalid("fee", "a fee decision records the fee: amountCents and the administrative costs it covers (AVG art. 12(5)(a))")
      }
      try requireWrittenRecord("the fee and its reasons are given in writing with the remedies (AVG art. 12(4)–(5)): give its reference")
    }
    if decision != .fee && fee != nil {
      throw .invalid("fee", "only a fee decision records a fee; a manifestly unfounded or excessive request is otherwise refused")
    }
    try checkChannel(channel, grounds: grounds)
    try checkManifest(grounds)
    if decision.namesRemedies {
      guard let remedies else {
        throw .invalid("remedies", "the written decision must name the remedies (AVG art. 12(4)): say which it names")
      }
      try remedies.validate(channel: channel)
    }
    for (i, item) in items.enumerated() {
      if decision == .granted && !item.disclosed && item.privateWorkingNote == nil {
        throw .invalid("items[\(i)].disclosed", "a granted request withholds nothing; use partiallyGranted")
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
        throw .invalid("grounds", "BW1_377C_CHILD_INTEREST refuses only a request on the BW 1:377c channel (a parent without parental authority)")
      }
      return
    }
    if decision == .fee {
      throw .invalid("decision", "a fee (AVG art. 12(5)) does not apply to information under BW 1:377c")
    }
    guard decision.restricts else { return }
    guard grounds.contains(.BW1_377C_CHILD_INTEREST) else {
      throw .invalid("grounds", "BW 1:377c information is refused only when it is against the child's interest: name BW1_377C_CHILD_INTEREST")
    }
    if let other = grounds.first(where: { $0 != .BW1_377C_CHILD_INTEREST && $0 != .AVG15_4 }) {
      throw .invalid("grounds", "\(other.rawValue) does not refuse information under BW 1:377c: only BW1_377C_CHILD_INTEREST (and AVG15_4 for others' data) apply")
    }
  }

  /// A manifestly unfounded or excessive request (AVG art. 12(5)) is decided as such, with its
  /// reason: the school bears the burden of proof (rules.md §2.1, decision 18).
  func checkManifest(_ grounds: [GroundCode]) throws(RegisterError) {
    let manifest = grounds.contains(where: \.isManifest)
    if manifest && Self.blank(manifestReason) {
      throw .invalid("manifestReason", "say why the request is manifestly unfounded or excessive (AVG art. 12(5)): the school bears the burden of proof")
    }
    if !manifest && manifestReason != nil {
      throw .invalid("manifestReason", "a reason for a manifestly unfounded or excessive request goes with the ground AVG12_5_UNFOUNDED or AVG12_5_EXCESSIVE")
    }
  }

  /// -32602 on `writtenRecord` with `reason` when it is blank.
  func requireWrittenRecord(_ reason: String) throws(RegisterError) {
    if Self.blank(writtenRecord) { throw .invalid("writtenRecord", reason) }
  }

  /// True for nil or whitespace only.
  static func blank(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }
}
