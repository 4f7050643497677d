import Wording

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

  /// The category in words.
  public var text: Text {
    switch self {
    case .students: Texts.Processing.subjectStudents
    case .parents: Texts.Processing.subjectParents
    case .staff: Texts.Processing.subjectStaff
    case .applicants: Texts.Processing.subjectApplicants
    case .alumni: Texts.Processing.subjectAlumni
    case .visitors: Texts.Processing.subjectVisitors
    }
  }

  /// The category in Dutch (the Dutch privacy statement).
  public var dutch: String { text.nl }
}
