import Wording

/// Whether one requester may exercise one right on a date: the answer of `rights.check`.
public struct Entitlement: Sendable, Hashable {
  /// True when the requester may exercise the right without further conditions.
  public let entitled: Bool
  /// Who holds the right over the student's data on that date (context for the answer).
  public let holders: [Holder]
  /// Why, in plain words (names BW 1:377c for a parent without authority), in both languages.
  public let reasonText: Text
  /// Why, in the call's language (`Language.current`).
  public var reason: String { reasonText.string }
  /// Law, article and a plain sentence.
  public let basis: LegalBasis
  /// True when the requester becomes entitled once the student's consent is recorded
  /// (parents and results from 18).
  public let entitledWithStudentConsent: Bool

  /// An answer.
  public init(
    entitled: Bool, holders: [Holder], reason: Text, basis: LegalBasis,
    entitledWithStudentConsent: Bool = false
  ) {
    self.entitled = entitled
    self.holders = holders
    self.reasonText = reason
    self.basis = basis
    self.entitledWithStudentConsent = entitledWithStudentConsent
  }
}

/// Whose data a check is about: the student's (default) or the requester's own.
public enum About: String, Sendable, Hashable, CaseIterable {
  /// The student's personal data.
  case student
  /// The requester's own personal data (e.g. notes of conversations with a parent).
  case requester
}
