import JSON
import Rules
import Wording

extension Breaches {
  /// Changes the kind, with a reason, as an event of its own (art. 33(5): the register shows how a
  /// judgement changed). A record that becomes a data breach needs `awareAt`: the moment the
  /// school became aware that personal data was breached, which starts the art. 33(1) clock (EDPB
  /// guidelines 9/2022: awareness is reasonable certainty that personal data is compromised). It
  /// may not be before the registration's own `awareAt`, after the reclassification `at`, or more
  /// than `futureTolerance` after `now`; it is stored as `breachAwareAt` and `reportBy` follows it.
  public static func reclassify(
    id: String, to kind: BreachKind, reason: String, at: Instant, awareAt: Instant? = nil, now: Instant,
    in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try BreachMachine.next(after: "reclassify", record: before)
    let why = try requiredText(reason, field: "reason")
    guard before.kind != kind else { throw .invalid("kind", Texts.Breaches.alreadyKind(kind.rawValue).string) }
    try notBeforeAware(at, before, field: "at")
    var record = before.json
    record["kind"] = .string(kind.rawValue)
    var details: JSONObject = [
      "from": .string(before.kind?.rawValue ?? ""), "to": .string(kind.rawValue), "reason": .string(why),
      "at": .string(Amsterdam.format(at)),
    ]
    if kind == .dataBreach {
      guard let aware = awareAt else {
        throw .invalid("awareAt", Texts.Breaches.awareAtNeededForDataBreach.string)
      }
      try notBeforeAware(aware, before, field: "awareAt")
      if aware > at {
        throw .invalid("awareAt", Texts.Breaches.awareAfterReclassification(Amsterdam.format(aware), at: Amsterdam.format(at)).string)
      }
      try notInFuture(aware, now: now, field: "awareAt")
      details["awareAt"] = .string(Amsterdam.format(aware))
      record["breachAwareAt"] = details["awareAt"]
    } else {
      if awareAt != nil {
        throw .invalid("awareAt", Texts.Breaches.awareAtOnlyForDataBreach(kind.rawValue).string)
      }
      record["breachAwareAt"] = nil
    }
    var history = record["reclassifications"]?.arrayValue ?? []
    history.append(.object(details))
    record["reclassifications"] = .array(history)
    return try change("reclassify", event: "reclassified", before, record, details)
  }
}
