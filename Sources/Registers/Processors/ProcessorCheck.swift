import JSON
import Rules
import Wording

/// The validation of rules.md §6 on one agreement, on a date: what a privacy officer must fix
/// (errors) or should consider (warnings). Pure; `processors.check` runs it over one or all records.
public enum ProcessorCheck {
  /// The finding codes, for the documentation and tests.
  public static let codes = [
    "schoolSignatureMissing", "supplierSignatureMissing", "annexMissing", "olderModel",
    "transferWithoutMechanism", "endedWithActiveProduct",
  ]

  /// The findings for `record` on `on`, in record order.
  public static func findings(_ record: ProcessorRecord, on: CivilDate) -> [ProcessorFinding] {
    var out: [ProcessorFinding] = []
    func add(_ severity: ProcessorFinding.Severity, _ code: String, _ field: String, _ message: Text) {
      out.append(ProcessorFinding(id: record.id, severity: severity, code: code, field: field, message: message.string))
    }
    let agreement = record.json["agreement"]
    if agreement?["signedBySchool"] == nil || agreement?["signedBySchool"] == .null {
      add(.error, "schoolSignatureMissing", "agreement.signedBySchool", Texts.Processors.schoolSignatureMissing)
    }
    if agreement?["signedBySupplier"] == nil || agreement?["signedBySupplier"] == .null {
      add(.error, "supplierSignatureMissing", "agreement.signedBySupplier", Texts.Processors.supplierSignatureMissing)
    }
    if let model = record.model, model.isOlderConvenantModel {
      add(.warning, "olderModel", "agreement.model", Texts.Processors.olderModel(model.rawValue))
    }
    let ended = record.isEnded(on: on)
    for (i, p) in record.products.enumerated() {
      let name = p["name"]?.stringValue ?? ""
      let active = p["active"] == .bool(true)
      if active, p["annexVersion"] == nil, p["annexDate"] == nil {
        add(.error, "annexMissing", "products[\(i)].annexVersion", Texts.Processors.annexMissing(name))
      }
      if p["outsideEEA"] == .bool(true), !hasMechanism(.object(p)) {
        add(.error, "transferWithoutMechanism", "products[\(i)].transferMechanism", Texts.Processors.productTransfer(name))
      }
      for (j, s) in (p["subProcessors"]?.arrayValue ?? []).enumerated() where s["outsideEEA"] == .bool(true) && !hasMechanism(s) {
        add(.error, "transferWithoutMechanism", "products[\(i)].subProcessors[\(j)].transferMechanism",
          Texts.Processors.subProcessorTransfer(s["name"]?.stringValue ?? "", country: s["country"]?.stringValue ?? "", product: name))
      }
      if ended, active {
        add(.error, "endedWithActiveProduct", "products[\(i)].active", Texts.Processors.endedWithActiveProduct(record.endDate?.description ?? "?", product: name))
      }
    }
    return out
  }

  /// True when a transfer mechanism other than `none` is recorded.
  static func hasMechanism(_ o: JSONValue) -> Bool {
    guard let m = o["transferMechanism"]?.stringValue.flatMap(TransferMechanism.init(rawValue:)) else { return false }
    return m != .none
  }

  /// The findings of every record in `register` (or only `id`, 1001 when unknown), in register order.
  public static func run(id: String?, on: CivilDate, in register: Register) throws(RegisterError) -> (checked: Int, findings: [ProcessorFinding]) {
    if let id {
      guard let r = register[id] else { throw .notFound(register: Processors.name, id: id) }
      return (1, findings(ProcessorRecord(r), on: on))
    }
    let all = register.all { _ in true }
    return (all.count, all.flatMap { findings(ProcessorRecord($0), on: on) })
  }
}
