import JSON
import Rules
import Wording

/// The complainant's consent to a dossier: who gave it and when, and that it was explicit. S&V:
/// "the complainant must give explicit consent before a dossier is created" (rules.md §7;
/// decision 47); the legal basis itself is an open point [!], the recorded consent is not.
public struct ComplaintConsent: Sendable, Equatable {
  /// Who gave it (the complainant, or the legal representative of a young student).
  public var givenBy: String
  /// When.
  public var givenAt: Instant
  /// Must be true: implied or assumed consent does not open a dossier.
  public var explicit: Bool

  /// A consent.
  public init(givenBy: String, givenAt: Instant, explicit: Bool) {
    self.givenBy = givenBy
    self.givenAt = givenAt
    self.explicit = explicit
  }

  /// `{givenBy, givenAt, explicit: true}`, or -32602 naming the member that fails; `openedAt`
  /// bounds `givenAt` (consent comes before the dossier).
  func json(openedAt: Instant) throws(RegisterError) -> JSONValue {
    guard explicit else {
      throw .invalid("consent.explicit", Texts.Complaints.consentMustBeExplicit.string)
    }
    let who = try requiredText(givenBy, field: "consent.givenBy")
    guard givenAt <= openedAt else {
      throw .invalid("consent.givenAt", Texts.Complaints.consentAfterOpening(Amsterdam.format(givenAt)).string)
    }
    return ["givenBy": .string(who), "givenAt": .string(Amsterdam.format(givenAt)), "explicit": true]
  }
}
