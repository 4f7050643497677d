/// Standing for a request: its channel and the answer the rules give on a date.
public struct RequestStanding: Sendable, Hashable {
  /// The route (fixed at receipt in the register).
  public let channel: LegalChannel
  /// The answer: entitled or not, holders, reason and basis.
  public let entitlement: Entitlement

  /// A standing.
  public init(channel: LegalChannel, entitlement: Entitlement) {
    self.channel = channel
    self.entitlement = entitlement
  }
}
