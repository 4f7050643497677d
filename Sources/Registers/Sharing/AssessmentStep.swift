import JSON
import Wording

/// One step of the assessment before a disclosure (NJi, Handreiking gegevensuitwisseling), with
/// its outcome, the reason in plain words and the source it rests on, so the privacy officer can
/// check the reasoning and the register shows why a disclosure was allowed (AVG art. 5(2)).
public struct AssessmentStep: Sendable {
  /// 1–6, in the Handreiking's order.
  public let number: Int
  /// `purpose`, `basis`, `specialCategories`, `necessity`, `informing`, `recording`.
  public let name: String
  /// The question the step answers (in the language of the call that assessed).
  public let question: String
  /// passed / needsAction / stop.
  public let outcome: AssessmentOutcome
  /// Why (in the language of the call that assessed).
  public let reason: String
  /// The law and guidance it rests on.
  public let source: String
  /// Step-specific facts (who to inform, categories beyond the purpose, the route).
  public let details: JSONObject

  /// A step.
  public init(
    _ number: Int, _ name: String, question: String, outcome: AssessmentOutcome, reason: String, source: String,
    details: JSONObject = [:]
  ) {
    self.number = number
    self.name = name
    self.question = question
    self.outcome = outcome
    self.reason = reason
    self.source = source
    self.details = details
  }

  /// A step whose texts come from the catalogue (`Texts.Assessment`), rendered in the call's
  /// language: the assessment is kept as it was said, in the language of the call that made it.
  init(_ number: Int, _ name: String, question: Text, outcome: AssessmentOutcome, reason: Text, source: Text, details: JSONObject = [:]) {
    self.init(number, name, question: question.string, outcome: outcome, reason: reason.string, source: source.string, details: details)
  }

  /// `{step, name, question, outcome, reason, source, ...details}`.
  public var json: JSONValue {
    var o: JSONObject = [
      "step": .int(number), "name": .string(name), "question": .string(question), "outcome": .string(outcome.rawValue),
      "reason": .string(reason), "source": .string(source),
    ]
    if !details.isEmpty { o["details"] = .object(details) }
    return .object(o)
  }
}
