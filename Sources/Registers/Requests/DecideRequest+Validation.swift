import JSON
import Rules

extension DecideRequest {
  /// Standing at receipt limits the outcome: a requester flagged `entitled: false` can only be
  /// rejected for lack of standing (never granted: 1003), and an entitled one never is.
  func checkStanding(_ r: RequestRecord) throws(RegisterError) {
    if !r.entitled {
      if decision.discloses {
        throw .notEntitled(
          field: "decision",
          reason: "the requester had no standing at receipt: \(r.json["entitlementAtReceipt"]?["reason"]?.stringValue ?? "") The only decision is rejectedNoStanding.")
      }
      if decision != .rejectedNoStanding {
        throw .invalid("decision", "the requester had no standing at receipt: the only decision is rejectedNoStanding")
      }
    } else if decision == .rejectedNoStanding {
      throw .invalid("decision", "the requester had standing at receipt: refuse on a ground instead (rules.md §2.4), or wait for the holder change")
    }
  }

  /// The grounds after the rules of rules.md §2.4 and decisions 18–20, with the items checked.
  /// Missing parts are -32602 naming the member (`grounds`, `balancing`, `writtenRecord`, `items[i]...`).
  func validatedGrounds() throws(RegisterError) -> [GroundCode] {
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
      if Self.blank(writtenRecord) {
        throw .invalid("writtenRecord", "a \(decision.rawValue) decision is given in writing with the reasons and the right to complain to the AP (AVG art. 12(4)): give its reference")
      }
    case .rejectedNoStanding:
      if grounds.isEmpty { grounds = [.NO_STANDING] }
      guard grounds.contains(.NO_STANDING) else {
        throw .invalid("grounds", "a rejection for lack of standing names the ground NO_STANDING")
      }
      if Self.blank(writtenRecord) {
        throw .invalid("writtenRecord", "the requester is told in writing why nothing is done (AVG art. 12(4)): give its reference")
      }
    }
    for (i, item) in items.enumerated() {
      if decision == .granted && !item.disclosed && item.privateWorkingNote == nil {
        throw .invalid("items[\(i)].disclosed", "a granted request withholds nothing; use partiallyGranted")
      }
      try item.validate(field: "items[\(i)]", grounds: grounds)
    }
    return grounds
  }

  /// True for nil or whitespace only.
  static func blank(_ s: String?) -> Bool { (s ?? "").allSatisfy(\.isWhitespace) }
}
