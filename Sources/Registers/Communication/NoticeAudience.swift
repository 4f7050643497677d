/// Who a message is for, which decides what it may contain (rules.md §3.4; decision 33):
/// a `general` notice (GENERAL_NOTICE) is neutral, with no names, identifying details or
/// special-category hints; an `affected` notice (ART34_NOTICE, AVG art. 34) may describe the
/// recipient's own situation but must not reveal other people or special-category data.
public enum NoticeAudience: String, Sendable, CaseIterable {
  /// Parents, students or staff in general (S&V: "neutral wording, no details, no names").
  case general
  /// The affected data subjects themselves (art. 34(2)).
  case affected
}
