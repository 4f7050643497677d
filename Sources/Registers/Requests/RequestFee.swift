import JSON
import Wording

/// The reasonable fee for acting on a manifestly unfounded or excessive request (AVG art. 12(5)(a):
/// "taking into account the administrative costs"). The school bears the burden of proof, so the
/// costs it covers are recorded with the amount (rules.md §2.3, decision 18).
public struct RequestFee: Sendable, Hashable {
  /// The amount in euro cents (1 or more).
  public let amountCents: Int
  /// The administrative costs the fee covers, in words.
  public let costs: String

  /// A fee; -32602 on `fee.amountCents` below 1 or blank `fee.costs`.
  public init(amountCents: Int, costs: String) throws(RegisterError) {
    guard amountCents >= 1 else {
      throw .invalid("fee.amountCents", Texts.Requests.feePositive.string)
    }
    guard !costs.allSatisfy(\.isWhitespace) else {
      throw .invalid("fee.costs", Texts.Requests.feeCostsNeeded.string)
    }
    self.amountCents = amountCents
    self.costs = costs
  }

  /// As stored in the record.
  public var json: JSONValue { ["amountCents": .int(amountCents), "costs": .string(costs)] }
}
