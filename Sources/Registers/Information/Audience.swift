import Wording

/// Who a privacy statement or rights notice is written for (duties.md §3.2, D8): parents for the
/// child's data and their own, students (the full statement from 16), staff (and applicants).
public enum Audience: String, Sendable, CaseIterable {
  /// Parents, guardians and carers.
  case parents
  /// Students.
  case students
  /// Staff and applicants.
  case staff

  /// The categories of data subjects whose activities this audience's statement lists.
  public var subjects: [SubjectCategory] {
    switch self {
    case .parents: return [.students, .parents]
    case .students: return [.students, .alumni]
    case .staff: return [.staff, .applicants]
    }
  }

  /// How the text addresses this audience: formal "u" for parents and staff, "je" for students
  /// (recital 58: plain enough for the child to understand).
  public var voice: Voice { self == .students ? .informal : .formal }

  /// The audience in the statement's title.
  public var title: Text {
    switch self {
    case .parents: return Texts.Information.Statement.parents
    case .students: return Texts.Information.Statement.students
    case .staff: return Texts.Information.Statement.staff
    }
  }
}
