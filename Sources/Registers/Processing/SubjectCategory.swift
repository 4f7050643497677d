/// The categories of data subjects of an activity (AVG art. 30(1)(c)); they also decide which
/// privacy statement lists the activity (duties.md D8).
public enum SubjectCategory: String, Sendable, CaseIterable {
  /// Students (leerlingen, deelnemers).
  case students
  /// Parents, guardians and carers.
  case parents
  /// Staff.
  case staff
  /// Job applicants.
  case applicants
  /// Former students.
  case alumni
  /// Visitors (cameras, registration at the door).
  case visitors

  /// The category in Dutch.
  public var dutch: String {
    switch self {
    case .students: return "leerlingen"
    case .parents: return "ouders"
    case .staff: return "medewerkers"
    case .applicants: return "sollicitanten"
    case .alumni: return "oud-leerlingen"
    case .visitors: return "bezoekers"
    }
  }
}
