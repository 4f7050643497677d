import JSON
import Rules

extension Breaches {
  /// Changes the kind, with a reason, as an event of its own (art. 33(5): the register shows how a
  /// judgement changed). A record that becomes a data breach gets `reportBy` from its original
  /// awareAt: the art. 33(1) clock started when the school became aware, not at reclassification.
  public static func reclassify(
    id: String, to kind: BreachKind, reason: String, at: Instant, in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "reclassify", record: before)
    let why = try requiredText(reason, field: "reason")
    guard before.kind != kind else { throw .invalid("kind", "the record is already a \(kind.rawValue)") }
    try notBeforeAware(at, before, field: "at")
    var record = before.json
    record["kind"] = .string(kind.rawValue)
    let details: JSONObject = [
      "from": .string(before.kind?.rawValue ?? ""), "to": .string(kind.rawValue), "reason": .string(why),
      "at": .string(Amsterdam.format(at)),
    ]
    var history = record["reclassifications"]?.arrayValue ?? []
    history.append(.object(details))
    record["reclassifications"] = .array(history)
    return try change("reclassify", event: "reclassified", before, record, details)
  }
}
