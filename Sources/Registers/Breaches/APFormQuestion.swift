/// One question of the AP's notification form, as data: where it sits in the form, its wording,
/// where avgd keeps the answer and which method records it. The whole form is one table of these
/// (`APFormQuestions.all`), so a change of the form is a change of that table, not of code that
/// walks it (Protocol/breaches.md, "The AP form").
public struct APFormQuestion: Sendable {
  /// The form's section.
  public let section: APFormSection
  /// A stable key (`timeline.awareAt`), for tests and supplements.
  public let key: String
  /// The question as the form asks it (Dutch).
  public let question: String
  /// The question in English (the AP's English questionnaire), for `language: en`.
  public let questionEN: String
  /// The record field(s) the answer comes from (`assessment.subjectsAffected`; `settings.board.name`).
  public let source: String
  /// The method that records the answer when it is missing; nil when avgd does not keep it and the
  /// privacy officer answers it in the form itself.
  public let filledBy: String?
  /// Whether the form asks this question for these facts (the form shows questions depending on
  /// earlier answers); nil: always.
  public let applies: (@Sendable (APFormFacts) -> Bool)?
  /// The answer, or nil when the record cannot answer it yet.
  public let answer: @Sendable (APFormFacts) -> APFormValue?

  /// A question.
  public init(
    _ section: APFormSection, _ key: String, _ question: String, en questionEN: String, source: String,
    filledBy: String?, applies: (@Sendable (APFormFacts) -> Bool)? = nil, answer: @escaping @Sendable (APFormFacts) -> APFormValue?
  ) {
    self.section = section
    self.key = key
    self.question = question
    self.questionEN = questionEN
    self.source = source
    self.filledBy = filledBy
    self.applies = applies
    self.answer = answer
  }
}
