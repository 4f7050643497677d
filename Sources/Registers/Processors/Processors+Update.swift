import JSON
import Rules
import Wording

extension Processors {
  /// The parts `update` may replace, each wholly.
  public static let replaceableParts = ["supplier", "agreement", "products", "returnDeletion", "school"]

  /// Replaces whole parts of an agreement with a reason, kept in the history (art. 5(2)): a
  /// re-checked convenant status, a newly signed model, a new bijsluiter version, a sub-processor
  /// notice. Allowed after the end too (to record the deletion certificate, or a correction).
  public static func update(
    id: String, _ input: InputReader, reason: String, in register: Register, today: CivilDate
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try ProcessorMachine.table.next(after: "update", from: before.status)
    _ = try requiredText(reason, field: "reason")
    let given = replaceableParts.filter { input.has($0) }
    guard !given.isEmpty else {
      throw .invalid("supplier", Texts.Processing.givePart(replaceableParts.joined(separator: ", ")).string)
    }
    var record = before.json
    if let s = try input.optionalNested("supplier") { record["supplier"] = .object(try ProcessorInput.supplier(s, today: today)) }
    if let a = try input.optionalNested("agreement") {
      var agreement = try ProcessorInput.agreement(a)
      if before.status == "ended", agreement["endDate"] == nil { agreement["endDate"] = before.json["agreement"]?["endDate"] }
      record["agreement"] = .object(agreement)
    }
    if input.has("products") { record["products"] = .array(try ProcessorInput.products(input, "products").map(JSONValue.object)) }
    if let rd = try input.optionalNested("returnDeletion") { record["returnDeletion"] = .object(try ProcessorInput.returnDeletion(rd)) }
    if let s = try input.optionalText("school") { record["school"] = .string(s) }
    var details: JSONObject = ["reason": .string(reason), "parts": .array(given.map(JSONValue.string))]
    for part in given { details["before." + part] = before.json[part] ?? .null }
    return try change("update", event: "updated", before, record, details)
  }

  /// Ends an agreement: its last day, and the return or deletion of the data (art. 28(3)(g)).
  /// Every product becomes inactive: nothing may be processed under an ended agreement, so a
  /// product still in use belongs under a new agreement. An `endDate` before `effectiveFrom` is -32602.
  public static func end(
    id: String, endDate: CivilDate, returnDeletion: InputReader?, in register: Register
  ) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try ProcessorMachine.table.next(after: "end", from: before.status)
    var agreement = before.json["agreement"]?.objectValue ?? JSONObject()
    if let from = agreement["effectiveFrom"]?.stringValue, endDate.description < from {
      throw .invalid("endDate", Texts.Processors.before(endDate.description, "effectiveFrom", from).string)
    }
    agreement["endDate"] = .string(endDate.description)
    var record = before.json
    record["agreement"] = .object(agreement)
    let stopped = before.products.filter { $0["active"] == .bool(true) }.compactMap { $0["name"] }
    record["products"] = .array(before.products.map { p in
      var q = p
      q["active"] = false
      return .object(q)
    })
    var details: JSONObject = ["endDate": .string(endDate.description), "productsDeactivated": .array(stopped)]
    if let rd = returnDeletion {
      let value = try ProcessorInput.returnDeletion(rd)
      record["returnDeletion"] = .object(value)
      details["returnDeletion"] = .object(value)
    }
    return try change("end", event: "ended", before, record, details)
  }
}
