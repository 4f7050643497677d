import JSON
import Rules
import Wording

/// The record of processing activities (verwerkingsregister, AVG art. 30(1)): one record per
/// activity (duties.md D1) with its purpose, basis, people and data, recipients, processors
/// (ids in the processor register), transfers, retention, security measures and DPIA facts.
/// Commands are pure functions from the registers to the `RegisterChange` the ledger journals;
/// an activity is never deleted, only ended (art. 5(2) accountability).
public enum Processing {
  /// The register's name (and event-type and method prefix).
  public static let name = "processing"
  /// The id prefix: `VA-2026-0001` (verwerkingsactiviteit).
  public static let idPrefix = "VA"

  /// Registers an activity. Processor ids must exist in `processors` (-32602 otherwise).
  public static func register(
    _ input: InputReader, in register: Register, processors: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    let id = register.nextID(year: today.year)
    var record: JSONObject = ["id": .string(id), "status": .string(ProcessingMachine.lifecycle.initial.rawValue)]
    for m in try ProcessingInput.activity(input, processors: processors, today: today) { record[m.key] = m.value }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    return RegisterChange(
      type: "\(name).registered", id: id, record: record,
      change: ["name": record["name"] ?? .null, "legalBasis": record["legalBasis"] ?? .null])
  }

  /// Replaces whole parts of an activity with a reason kept in the history (art. 5(2)): the parts
  /// given are laid over the stored ones and the whole activity is checked again, so an update
  /// can never leave a record `register` would refuse. `changedOn` records the day of a change to
  /// what is processed that did not also record the DPIA (D6).
  public static func update(
    id: String, _ input: InputReader, reason: String, in register: Register, processors: Register, today: CivilDate
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    let next = try ProcessingMachine.lifecycle.next(after: "update", from: before.json["status"]?.stringValue ?? "")
    _ = try requiredText(reason, field: "reason")
    let given = ProcessingInput.parts.filter { input.object[$0] != nil }
    guard !given.isEmpty else {
      throw .invalid("name", Texts.Processing.givePart(ProcessingInput.parts.joined(separator: ", ")).string)
    }
    var merged = JSONObject()
    for part in ProcessingInput.parts { if let v = before.json[part] { merged[part] = v } }
    for part in given { merged[part] = input.object[part] }
    let parsed = try ProcessingInput.activity(InputReader(merged, path: input.path), processors: processors, today: today)
    var record: JSONObject = ["id": .string(id), "status": .string(next.rawValue)]
    for m in parsed { record[m.key] = m.value }
    for key in ["registeredAt", "registeredBy", "endedOn", "endReason", "changedOn"] { if let v = before.json[key] { record[key] = v } }
    // A change to what is processed, made without recording the DPIA in the same act, dates the
    // activity after its DPIA: `check` then asks for a review (D6).
    if !given.contains("dpia"), given.contains(where: { $0 != "owner" }) { record["changedOn"] = .string(today.description) }
    var details: JSONObject = ["reason": .string(reason), "parts": .array(given.map(JSONValue.string))]
    for part in given { details["before." + part] = before.json[part] ?? .null }
    return RegisterChange(type: "\(name).updated", id: id, record: record, change: details)
  }

  /// Ends an activity: its last day and why (the record stays, art. 5(2)). `endedOn` may not lie
  /// before the registration's date.
  public static func end(id: String, endedOn: CivilDate, reason: String, in register: Register) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    let next = try ProcessingMachine.lifecycle.next(after: "end", from: before.json["status"]?.stringValue ?? "")
    _ = try requiredText(reason, field: "reason")
    var record = before.json
    record["status"] = .string(next.rawValue)
    record["endedOn"] = .string(endedOn.description)
    record["endReason"] = .string(reason)
    return RegisterChange(
      type: "\(name).ended", id: id, record: record, change: ["endedOn": .string(endedOn.description), "reason": .string(reason)])
  }

  /// The record `id`, or 1001.
  static func existing(_ id: String, in register: Register) throws(RegisterError) -> ProcessingRecord {
    guard let r = register[id] else { throw .notFound(register: name, id: id) }
    return ProcessingRecord(r)
  }
}
