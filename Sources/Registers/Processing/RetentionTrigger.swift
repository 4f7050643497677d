import Wording

/// The event a retention period runs from (duties.md D3).
public enum RetentionTrigger: String, Sendable, CaseIterable {
  /// The student's deregistration (uitschrijving).
  case deregistration
  /// The end of employment.
  case employmentEnd
  /// The closing of a file or procedure (dossier, application procedure, incident).
  case closure
  /// The moment of collection (camera images).
  case collection

  /// "after ...", for the privacy statement.
  public var text: Text {
    switch self {
    case .deregistration: Texts.Processing.afterDeregistration
    case .employmentEnd: Texts.Processing.afterEmploymentEnd
    case .closure: Texts.Processing.afterClosure
    case .collection: Texts.Processing.afterCollection
    }
  }

  /// "na ..." in Dutch (the Dutch privacy statement).
  public var dutch: String { text.nl }
}
