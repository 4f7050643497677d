import JSON
import Rules

extension Entitlement {
  /// The standing check as kept in a request record: the date it was evaluated, the answer and
  /// its legal basis (rules.md §2.5 `standing_check_at_receipt` / `_at_decision`; AVG art. 5(2)).
  /// `entitledWithStudentConsent` appears only when true (a parent and the results of an adult).
  public func json(on: CivilDate) -> JSONValue {
    var o: JSONObject = [
      "on": .string(on.description), "entitled": .bool(entitled),
      "holders": .array(holders.map { .string($0.rawValue) }), "reason": .string(reason),
      "basis": ["law": .string(basis.law), "article": .string(basis.article), "sentence": .string(basis.sentence)],
    ]
    if entitledWithStudentConsent { o["entitledWithStudentConsent"] = true }
    return .object(o)
  }
}
