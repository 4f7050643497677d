import JSON
import Registers
import Rules
import Testing
import Wording

/// Every finding of `processors.check` (rules.md §6; AVG art. 28, 44–46; decision 37), and none
/// on a clean model-4.0 agreement.
@Suite struct ProcessorCheckTests {
  static let clean: JSONObject = [
    "supplier": ["name": "Leerlingdata B.V.", "convenantStatus": "participant", "convenantCheckedOn": "2026-09-01"],
    "agreement": [
      "model": "model4_0", "signedBySchool": ["name": "J. Bakker", "role": "bestuurder", "on": "2026-08-20"],
      "signedBySupplier": ["name": "S. Visser", "on": "2026-08-18"], "effectiveFrom": "2026-09-01",
    ],
    "products": [[
      "name": "LVS Online", "annexVersion": "2.1",
      "subProcessors": [["name": "Mail Inc.", "country": "US", "outsideEEA": true, "transferMechanism": "dpf"]],
    ]],
  ]

  /// `clean` with the member at `path` set (`nil` removes it).
  static func with(_ path: [String], _ value: JSONValue?) -> JSONObject {
    func set(_ o: JSONValue, _ rest: ArraySlice<String>) -> JSONValue {
      guard let key = rest.first else { return value ?? .null }
      switch o {
      case .array(var a):
        if let i = Int(key), i < a.count { a[i] = set(a[i], rest.dropFirst()) }
        return .array(a)
      case .object(var m):
        if rest.count == 1 { m[key] = value } else { m[key] = set(m[key] ?? .object(JSONObject()), rest.dropFirst()) }
        return .object(m)
      default:
        return o
      }
    }
    return set(.object(clean), path[...]).objectValue ?? clean
  }

  static func findings(_ input: JSONObject, on: String = "2026-11-29") throws -> [ProcessorFinding] {
    var r = Register(kind: .processors)
    let change = try Processors.register(InputReader(input), in: r, now: t("2026-11-29T10:00:00+01:00"), by: "fg")
    r.apply(RegisterEvent(seq: 1, at: "now", actor: "fg", type: change.type, data: change.data))
    return try ProcessorCheck.run(id: nil, on: d(on), in: r).findings
  }

  @Test func cleanModel4AgreementHasNoFindings() throws {
    #expect(try Self.findings(Self.clean).isEmpty)
  }

  static let cases: [(name: String, input: JSONObject, severity: ProcessorFinding.Severity, code: String, field: String)] = [
    ("no school signature", with(["agreement", "signedBySchool"], nil), .error, "schoolSignatureMissing", "agreement.signedBySchool"),
    ("no supplier signature", with(["agreement", "signedBySupplier"], nil), .error, "supplierSignatureMissing", "agreement.signedBySupplier"),
    ("no bijsluiter", with(["products", "0", "annexVersion"], nil), .error, "annexMissing", "products[0].annexVersion"),
    ("model 3.0", with(["agreement", "model"], "model3_0"), .warning, "olderModel", "agreement.model"),
    ("model 2.0", with(["agreement", "model"], "model2_0"), .warning, "olderModel", "agreement.model"),
    ("US sub-processor, no mechanism", with(["products", "0", "subProcessors", "0", "transferMechanism"], nil), .error, "transferWithoutMechanism", "products[0].subProcessors[0].transferMechanism"),
    ("US sub-processor, mechanism none", with(["products", "0", "subProcessors", "0", "transferMechanism"], "none"), .error, "transferWithoutMechanism", "products[0].subProcessors[0].transferMechanism"),
    ("product outside the EEA", with(["products", "0", "outsideEEA"], true), .error, "transferWithoutMechanism", "products[0].transferMechanism"),
    ("term ended, product active", with(["agreement", "endDate"], "2026-10-31"), .error, "endedWithActiveProduct", "products[0].active"),
  ]

  @Test(arguments: cases) func eachFinding(_ c: (name: String, input: JSONObject, severity: ProcessorFinding.Severity, code: String, field: String)) throws {
    let found = try Self.findings(c.input)
    #expect(found.count == 1, "\(c.name): \(found)")
    #expect(found.first?.code == c.code)
    #expect(found.first?.severity == c.severity)
    #expect(found.first?.field == c.field)
  }

  @Test func olderModelIsAdviceNotInvalid() throws {
    let found = try Self.findings(Self.with(["agreement", "model"], "model3_0"))
    #expect(found.first?.message.contains("overweeg over te stappen op model 4.0") == true)
    #expect(found.first?.message.contains("ongeldig") == false)
    let english = try Language.en.bound { try Self.findings(Self.with(["agreement", "model"], "model3_0")) }
    #expect(english.first?.message.contains("consider upgrading to model 4.0") == true)
    #expect(english.first?.message.contains("invalid") == false)
  }

  @Test func endDateItselfIsStillCovered() throws {
    #expect(try Self.findings(Self.with(["agreement", "endDate"], "2026-11-29")).isEmpty)
    #expect(try Self.findings(Self.with(["agreement", "endDate"], "2026-11-28")).map(\.code) == ["endedWithActiveProduct"])
  }

  @Test func inactiveProductNeedsNoBijsluiter() throws {
    let products: JSONValue = [["name": "Oud", "active": false]]
    var o = Self.clean
    o["products"] = products
    #expect(try Self.findings(o).isEmpty)
  }

  @Test func endDeactivatesProductsAndRefusesNewOnes() throws {
    var r = Register(kind: .processors)
    func apply(_ c: RegisterChange) { r.apply(RegisterEvent(seq: 1, at: "now", actor: "fg", type: c.type, data: c.data)) }
    apply(try Processors.register(InputReader(Self.clean), in: r, now: t("2026-11-29T10:00:00+01:00"), by: "fg"))
    let ended = try Processors.end(id: "P-2026-0001", endDate: d("2026-10-31"), returnDeletion: nil, in: r)
    apply(ended)
    #expect(ended.record["status"] == "ended")
    #expect(ended.record["products"]?.arrayValue?.first?["active"] == false)
    #expect(try ProcessorCheck.run(id: "P-2026-0001", on: d("2026-11-29"), in: r).findings.isEmpty)
    let again = registerError { () throws(RegisterError) in _ = try Processors.addProduct(id: "P-2026-0001", product: InputReader(["name": "X"]), in: r) }
    #expect(again == .transition(action: "addProduct", status: "ended", allowed: ["update"]))
  }

  static let invalid: [(input: JSONObject, field: String)] = [
    (with(["supplier", "kvk"], "1234"), "supplier.kvk"),
    (with(["supplier", "convenantCheckedOn"], "2026-12-01"), "supplier.convenantCheckedOn"),
    (with(["agreement", "endDate"], "2026-08-31"), "agreement.endDate"),
    (with(["products", "0", "subProcessors", "0", "objectionDeadline"], "2026-12-01"), "products[0].subProcessors[0].objectionDeadline"),
  ]

  @Test(arguments: invalid) func refusedInput(_ c: (input: JSONObject, field: String)) {
    let e = registerError { () throws(RegisterError) in
      _ = try Processors.register(InputReader(c.input), in: Register(kind: .processors), now: t("2026-11-29T10:00:00+01:00"), by: "fg")
    }
    guard case .invalid(let f, _)? = e else { Issue.record("expected invalid on \(c.field), got \(String(describing: e))"); return }
    #expect(f == c.field)
  }
}
