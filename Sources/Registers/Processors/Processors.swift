import JSON
import Rules
import Wording

/// The register of processor agreements (verwerkersovereenkomsten, AVG art. 28): one record per
/// supplier agreement with one entry per product and its privacybijsluiter (Kennisnet; rules.md
/// §6, decision 38). Commands are pure functions from the `Register` to the `RegisterChange` the
/// ledger journals, one file each; an agreement is never deleted (art. 5(2) accountability).
public enum Processors {
  /// The register's name (and event-type prefix).
  public static let name = "processors"
  /// The id prefix: `P-2026-0001`.
  public static let idPrefix = "P"

  /// The record `id`, or 1001.
  static func existing(_ id: String, in register: Register) throws(RegisterError) -> ProcessorRecord {
    guard let r = register[id] else { throw .notFound(register: name, id: id) }
    return ProcessorRecord(r)
  }

  /// The change for `action` on `before`: the status moved by the state machine (1002 otherwise).
  static func change(
    _ action: String, event: String, _ before: ProcessorRecord, _ after: JSONObject, _ details: JSONObject
  ) throws(RegisterError) -> RegisterChange {
    var record = after
    record["status"] = .string(try ProcessorMachine.table.next(after: action, from: before.status))
    return RegisterChange(type: "\(name).\(event)", id: before.id, record: record, change: details)
  }

  /// Refuses a product name already on the agreement: one bijsluiter per product (decision 38).
  static func uniqueNames(_ products: [JSONObject], field: String) throws(RegisterError) {
    var seen: Set<String> = []
    for (i, p) in products.enumerated() {
      let key = (p["name"]?.stringValue ?? "").lowercased()
      guard seen.insert(key).inserted else {
        throw .invalid("\(field)[\(i)].name", Texts.Processors.productTwice(p["name"]?.stringValue ?? "").string)
      }
    }
  }
}
