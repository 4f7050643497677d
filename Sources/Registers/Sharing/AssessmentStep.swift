import JSON

/// One step of the assessment before a disclosure (NJi, Handreiking gegevensuitwisseling), with
/// its outcome, the reason in plain Dutch and the source it rests on, so the privacy officer can
/// check the reasoning and the register shows why a disclosure was allowed (AVG art. 5(2)).
public struct AssessmentStep: Sendable {
  /// 1–6, in the Handreiking's order.
  public let number: Int
  /// `purpose`, `basis`, `specialCategories`, `necessity`, `informing`, `recording`.
  public let name: String
  /// The question the step answers (Dutch).
  public let question: String
  /// passed / needsAction / stop.
  public let outcome: AssessmentOutcome
  /// Why (Dutch).
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
