import Wording

/// One question of the AP's notification form, as data: where it sits in the form, its wording,
/// where avgd keeps the answer and which method records it. The whole form is one table of these
/// (`APFormQuestions.all`), so a change of the form is a change of that table, not of code that
/// walks it (Protocol/breaches.md, "The AP form").
public struct APFormQuestion: Sendable {
  /// The form's section.
  public let section: APFormSection
  /// A stable key (`timeline.awareAt`), for tests and supplements.
  public let key: String
  /// The question in both languages, from the catalogue (`Texts.APForm`).
  public let text: Text
  /// The question as the form asks it (Dutch).
  public var question: String { text.nl }
  /// The question in English (the AP's English questionnaire), for `language: en`.
  public var questionEN: String { text.en }
  /// The record field(s) the answer comes from (`assessment.subjectsAffected`; `settings.board.name`);
  /// nil when avgd does not keep the answer (the form shows "not recorded" in the call's language).
  public let source: String?
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
    _ section: APFormSection, _ key: String, _ text: Text, source: String?,
    filledBy: String?, applies: (@Sendable (APFormFacts) -> Bool)? = nil, answer: @escaping @Sendable (APFormFacts) -> APFormValue?
  ) {
    self.section = section
    self.key = key
    self.text = text
    self.source = source
    self.filledBy = filledBy
    self.applies = applies
    self.answer = answer
  }
}
