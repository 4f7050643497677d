import JSON
import Rules
import Wording

extension Processors {
  /// Registers a processor agreement (AVG art. 28(3), 28(9): in writing) with its products. The
  /// id's year is the Amsterdam year of registration; gaps (a missing signature or bijsluiter)
  /// are recorded as they are and reported by `check`.
  public static func register(
    _ input: InputReader, in register: Register, now: Instant, by actor: String
  ) throws(RegisterError) -> RegisterChange {
    let today = Amsterdam.date(of: now)
    let id = register.nextID(year: today.year)
    var record: JSONObject = [
      "id": .string(id), "status": .string(ProcessorMachine.initial),
      "supplier": .object(try ProcessorInput.supplier(try input.nested("supplier"), today: today)),
      "agreement": .object(try ProcessorInput.agreement(try input.nested("agreement"))),
      "products": .array(try ProcessorInput.products(input, "products").map(JSONValue.object)),
    ]
    if let rd = try input.optionalNested("returnDeletion") { record["returnDeletion"] = .object(try ProcessorInput.returnDeletion(rd)) }
    if let s = try input.optionalText("school") { record["school"] = .string(s) }
    record["registeredAt"] = .string(Amsterdam.format(now))
    record["registeredBy"] = .string(actor)
    let supplier = record["supplier"]?["name"] ?? .null
    return RegisterChange(
      type: "\(name).registered", id: id, record: record,
      change: ["supplier": supplier, "model": record["agreement"]?["model"] ?? .null])
  }

  /// Adds a product and its bijsluiter to an active agreement (one agreement per supplier, one
  /// bijsluiter per product; decision 38). A name already on the agreement is 1006.
  public static func addProduct(id: String, product: InputReader, in register: Register) throws(RegisterError) -> RegisterChange {
    let before = try existing(id, in: register)
    _ = try ProcessorMachine.table.next(after: "addProduct", from: before.status)
    let p = try ProcessorInput.product(product)
    let name = p["name"]?.stringValue ?? ""
    if before.products.contains(where: { ($0["name"]?.stringValue ?? "").lowercased() == name.lowercased() }) {
      throw .conflict(field: product.field("name"), reason: Texts.Processors.productExists(id, product: name).string)
    }
    var record = before.json
    record["products"] = .array(before.products.map(JSONValue.object) + [.object(p)])
    return try change("addProduct", event: "productAdded", before, record, ["product": .object(p)])
  }
}
