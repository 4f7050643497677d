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

  /// "na ..." in Dutch, for the privacy statement.
  public var dutch: String {
    switch self {
    case .deregistration: return "na uitschrijving"
    case .employmentEnd: return "na het einde van het dienstverband"
    case .closure: return "na afsluiting"
    case .collection: return "na het vastleggen"
    }
  }
}
