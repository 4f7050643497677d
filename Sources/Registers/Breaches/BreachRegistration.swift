import JSON
import Rules
import Wording

/// What `breaches.register` records: the facts known when the school learns of an incident.
/// Keeps the separate moments EDPB 9/2022 distinguishes (occurred, discovered, aware; decision 26).
public struct BreachRegistration: Sendable {
  /// The kind as first judged; `reclassify` changes it later with a reason.
  public var kind: BreachKind
  /// What happened, with as little personal data as possible (art. 5(1)(c)).
  public var summary: String
  /// When the controller became reasonably certain (art. 33(1)): the clock start.
  public var awareAt: Instant
  /// When it happened, if known.
  public var occurredAt: Instant?
  /// When anyone first noticed it.
  public var discoveredAt: Instant?
  /// internal, processor:<id> or a third party (rules.md §3.5).
  public var source: String?
  /// The school or location (decision 51).
  public var school: String?

  /// A registration.
  public init(
    kind: BreachKind, summary: String, awareAt: Instant, occurredAt: Instant? = nil, discoveredAt: Instant? = nil,
    source: String? = nil, school: String? = nil
  ) {
    self.kind = kind
    self.summary = summary
    self.awareAt = awareAt
    self.occurredAt = occurredAt
    self.discoveredAt = discoveredAt
    self.source = source
    self.school = school
  }
}

extension Breaches {
  /// Registers an incident or breach (art. 33(5): every breach is documented). The id's year is
  /// the Amsterdam year of `awareAt`; a data breach gets `reportBy` = awareAt + 72 h exactly. An
  /// `awareAt` more than `futureTolerance` after `now` is refused: it would move the deadline out.
  public static func register(
    _ input: BreachRegistration, in register: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> RegisterChange {
    let summary = try requiredText(input.summary, field: "summary")
    try notInFuture(input.awareAt, now: now, field: "awareAt")
    if let occurred = input.occurredAt, occurred > input.awareAt {
      throw .invalid("occurredAt", Texts.Breaches.occurredAfterAware.string)
    }
    if let discovered = input.discoveredAt, discovered > input.awareAt {
      throw .invalid("discoveredAt", Texts.Breaches.discoveredAfterAware.string)
    }
    if let o = input.occurredAt, let d = input.discoveredAt, d < o {
      throw .invalid("discoveredAt", Texts.Breaches.discoveredBeforeOccurred.string)
    }
    let id = register.nextID(year: Amsterdam.date(of: input.awareAt).year)
    var record: JSONObject = [
      "id": .string(id), "kind": .string(input.kind.rawValue), "status": .string(BreachMachine.initial),
      "summary": .string(summary),
    ]
    if let s = input.source { record["source"] = .string(s) }
    if let s = input.school { record["school"] = .string(s) }
    if let o = input.occurredAt { record["occurredAt"] = .string(Amsterdam.format(o)) }
    if let d = input.discoveredAt { record["discoveredAt"] = .string(Amsterdam.format(d)) }
    record["awareAt"] = .string(Amsterdam.format(input.awareAt))
    record["reportBy"] = .null
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    record["measures"] = []
    record["notifications"] = []
    let derived = BreachRecord.derive(record)
    return RegisterChange(
      type: "\(name).registered", id: id, record: derived,
      change: ["kind": .string(input.kind.rawValue), "awareAt": derived["awareAt"] ?? .null])
  }
}
