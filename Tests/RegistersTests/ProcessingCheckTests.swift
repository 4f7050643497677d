import JSON
import Registers
import Rules
import Testing

/// `processing.check` on the record of processing activities (AVG art. 9, 28, 30, 35; duties.md
/// D3–D6): the DPIA criteria count at its boundary (1 advises, 2 require), the processor
/// agreement on its end date and the day after, special categories, retention, and the
/// disclosures of the sharing register that no activity covers.
@Suite struct ProcessingCheckTests {
  /// A staff activity (no criterion preset) with retention, no processors.
  static let base: JSONObject = [
    "name": "Salarisadministratie", "purpose": "Salaris betalen",
    "legalBasis": ["letter": "b"], "subjectCategories": ["staff"], "dataCategories": [["name": "salaris"]],
    "retention": ["count": 7, "unit": "years", "trigger": "employmentEnd", "source": "law", "sourceText": "AWR art. 52"],
  ]

  /// `base` with `changes` laid over it.
  static func with(_ changes: JSONObject) -> JSONObject {
    var o = base
    for m in changes { o[m.key] = m.value }
    return o
  }

  /// A processor register with one agreement (`P-2026-0001`) ending `endDate`, signed or not.
  static func processors(endDate: String? = "2026-07-31", signed: Bool = true) throws -> Register {
    var r = Register(kind: .processors)
    var agreement: JSONObject = ["model": "model4_0", "effectiveFrom": "2024-05-01"]
    if signed {
      agreement["signedBySchool"] = ["name": "J. Bakker", "role": "bestuurder", "on": "2024-05-01"]
      agreement["signedBySupplier"] = ["name": "M. Smit", "on": "2024-04-28"]
    }
    if let endDate { agreement["endDate"] = .string(endDate) }
    let input: JSONObject = [
      "supplier": ["name": "Fotoportaal B.V.", "convenantStatus": "supporter", "convenantCheckedOn": "2026-01-01"],
      "agreement": .object(agreement), "products": [["name": "Fotobestelportaal", "annexVersion": "1.0"]],
    ]
    let change = try Processors.register(InputReader(input), in: r, now: t("2026-01-10T10:00:00+01:00"), by: "fg")
    r.apply(RegisterEvent(seq: 1, at: "now", actor: "fg", type: change.type, data: change.data))
    return r
  }

  /// A processing register holding `inputs`, registered on 2026-01-10.
  static func processing(_ inputs: [JSONObject], processors: Register) throws -> Register {
    var r = Register(kind: .processing)
    for (i, input) in inputs.enumerated() {
      let change = try Processing.register(InputReader(input), in: r, processors: processors, now: t("2026-01-10T10:00:00+01:00"), by: "fg")
      r.apply(RegisterEvent(seq: UInt64(i + 1), at: "now", actor: "fg", type: change.type, data: change.data))
    }
    return r
  }

  static func codes(_ inputs: [JSONObject], on: String = "2026-11-29", processors p: Register? = nil, sharing: Register? = nil) throws -> [String] {
    let procs = try p ?? processors()
    let r = try processing(inputs, processors: procs)
    return try ProcessingCheck.run(id: nil, on: d(on), processing: r, processors: procs, sharing: sharing ?? Register(kind: .sharing))
      .findings.map { "\($0.id) \($0.severity.rawValue) \($0.code.rawValue)" }
  }

  @Test func aCleanActivityHasNoFindings() throws {
    #expect(try Self.codes([Self.base]).isEmpty)
  }

  /// The DPIA boundary (WP248 rule of thumb, D5): 0 nothing, 1 advised, 2 required; a DPIA done
  /// on or before the date clears it; a recorded reason clears the advice only.
  static let dpiaCases: [(name: String, dpia: JSONObject, expected: [String])] = [
    ("no criterion", [:], []),
    ("one criterion", ["criteria": ["largeScale"]], ["VA-2026-0001 warning dpiaAdvised"]),
    ("one criterion with a reason", ["criteria": ["largeScale"], "notRequiredReason": "klein"], []),
    ("two criteria", ["criteria": ["largeScale", "matchingDatasets"]], ["VA-2026-0001 error dpiaRequired"]),
    ("two criteria, reason does not clear", ["criteria": ["largeScale", "matchingDatasets"], "notRequiredReason": "x"], ["VA-2026-0001 error dpiaRequired"]),
    ("an AP-list type alone", ["apListTypes": ["cameraSurveillance"]], ["VA-2026-0001 error dpiaRequired"]),
    ("two criteria, DPIA done", ["criteria": ["largeScale", "matchingDatasets"], "performedOn": "2026-01-05", "outcome": "acceptable"], []),
  ]

  @Test(arguments: dpiaCases) func dpiaCriteriaCount(_ c: (name: String, dpia: JSONObject, expected: [String])) throws {
    #expect(try Self.codes([Self.with(["dpia": .object(c.dpia)])]) == c.expected, "\(c.name)")
  }

  @Test func aDPIADoneAfterTheCheckedDateDoesNotCount() throws {
    let input = Self.with(["dpia": ["criteria": ["largeScale", "matchingDatasets"], "performedOn": "2026-01-05", "outcome": "acceptable"]])
    #expect(try Self.codes([input], on: "2026-01-04") == ["VA-2026-0001 error dpiaRequired"])
    #expect(try Self.codes([input], on: "2026-01-05").isEmpty)
  }

  @Test func aDPIAOlderThan36MonthsIsDueForReview() throws {
    let input = Self.with(["dpia": ["criteria": ["largeScale", "matchingDatasets"], "performedOn": "2023-11-29", "outcome": "acceptable"]])
    #expect(try Self.codes([input], on: "2026-11-29").isEmpty)
    #expect(try Self.codes([input], on: "2026-11-30") == ["VA-2026-0001 warning dpiaReviewDue"])
  }

  /// Students are vulnerable data subjects (criterion 7, preset, D5): one more criterion makes two.
  @Test func studentsPresetCriterionSeven() throws {
    let students = Self.with(["subjectCategories": ["students"], "dpia": ["criteria": ["largeScale"]]])
    #expect(try Self.codes([students]) == ["VA-2026-0001 error dpiaRequired"])
    let cleared = Self.with(["subjectCategories": ["students"], "dpia": ["criteria": ["largeScale"], "vulnerableClearedReason": "alleen volwassen mbo-studenten"]])
    #expect(try Self.codes([cleared]) == ["VA-2026-0001 warning dpiaAdvised"])
  }

  /// The agreement covers its end date itself; the day after it is no longer valid.
  @Test func anExpiredAgreementTheDayAfterItsEndDate() throws {
    let input = Self.with(["processors": ["P-2026-0001"]])
    #expect(try Self.codes([input], on: "2026-07-31").isEmpty)
    #expect(try Self.codes([input], on: "2026-08-01") == ["VA-2026-0001 error processorAgreementInvalid"])
    #expect(try Self.codes([input], on: "2024-04-30") == ["VA-2026-0001 error processorAgreementInvalid"])
    #expect(try Self.codes([input], on: "2026-11-29", processors: Self.processors(endDate: nil)).isEmpty)
    #expect(try Self.codes([input], on: "2026-03-01", processors: Self.processors(signed: false)) == ["VA-2026-0001 error processorAgreementInvalid"])
  }

  @Test func anUnknownProcessorIsRefusedAtRegistration() throws {
    #expect(throws: RegisterError.invalid("processors[0]", "er is geen verwerkersovereenkomst P-2026-0009 in het register van verwerkers: registreer die eerst met processors.register (AVG art. 28 lid 3)")) {
      _ = try Self.processing([Self.with(["processors": ["P-2026-0009"]])], processors: Self.processors())
    }
  }

  static let gapCases: [(name: String, changes: JSONObject, expected: [String])] = [
    ("special category without exception", ["dataCategories": [["name": "verzuim wegens ziekte", "special": "health"]]], ["VA-2026-0001 error specialCategoryWithoutException"]),
    ("special category with exception", ["dataCategories": [["name": "verzuim", "special": "health"]], "art9Exception": "UAVG art. 30"], []),
    ("no retention", ["retention": .null], ["VA-2026-0001 error retentionMissing"]),
    ("per selectielijst", ["retention": ["trigger": "closure", "source": "perSelectielijst", "sourceText": "selectielijst vo"]], ["VA-2026-0001 warning retentionPerSelectielijst"]),
    ("transfer without mechanism", ["transfers": [["recipient": "Mail Inc.", "country": "US", "mechanism": "none"]]], ["VA-2026-0001 error transferWithoutMechanism"]),
    ("transfer under SCC", ["transfers": [["recipient": "Mail Inc.", "country": "US", "mechanism": "scc"]]], []),
  ]

  @Test(arguments: gapCases) func gaps(_ c: (name: String, changes: JSONObject, expected: [String])) throws {
    var input = Self.with(c.changes)
    if c.changes["retention"] == .null { input["retention"] = nil }
    #expect(try Self.codes([input]) == c.expected, "\(c.name)")
  }

  /// The refusals of art. 6(3) and D3 at registration.
  static let invalidCases: [(changes: JSONObject, field: String)] = [
    (["legalBasis": ["letter": "c"]], "legalBasis.law"),
    (["legalBasis": ["letter": "f"]], "legalBasis.legitimateInterest"),
    (["legalBasis": ["letter": "e", "law": "OTHER"]], "legalBasis.article"),
    (["subjectCategories": []], "subjectCategories"),
    (["subjectCategories": ["pupils"]], "subjectCategories[0]"),
    (["dataCategories": []], "dataCategories"),
    (["retention": ["unit": "years", "trigger": "closure", "source": "law", "sourceText": "x"]], "retention.count"),
    (["retention": ["count": 0, "unit": "years", "trigger": "closure", "source": "law", "sourceText": "x"]], "retention.count"),
    (["dpia": ["outcome": "acceptable"]], "dpia.performedOn"),
    (["dpia": ["performedOn": "2026-01-11", "outcome": "acceptable"]], "dpia.performedOn"),
    (["dpia": ["criteria": ["largeScale", "largeScale"]]], "dpia.criteria[1]"),
  ]

  @Test(arguments: invalidCases) func refusedAtRegistration(_ c: (changes: JSONObject, field: String)) throws {
    do {
      _ = try Self.processing([Self.with(c.changes)], processors: Self.processors())
      Issue.record("accepted \(c.changes)")
    } catch let RegisterError.invalid(field, _) {
      #expect(field == c.field)
    }
  }

  /// A sharing register with one disclosure per (recipient, date).
  static func sharing(_ disclosures: [(String, String)]) -> Register {
    var r = Register(kind: .sharing)
    for (i, (name, on)) in disclosures.enumerated() {
      let id = "S-2026-000\(i + 1)"
      let record: JSONObject = ["id": .string(id), "recipient": ["name": .string(name), "role": "thirdPartyController"], "disclosedOn": .string(on)]
      r.apply(RegisterEvent(seq: UInt64(i + 1), at: "x", actor: "fg", type: "sharing.recorded", data: ["id": .string(id), "record": .object(record)]))
    }
    return r
  }

  @Test func disclosuresAreCoveredByNameIncludesOrProcessorSupplier() throws {
    let activity = Self.with([
      "recipients": [["name": "DUO", "role": "thirdPartyController"], ["name": "nieuwe school", "role": "thirdPartyController", "includes": ["Stedelijk Lyceum"]]],
      "processors": ["P-2026-0001"],
    ])
    let sharing = Self.sharing([("duo ", "2026-03-01"), ("Stedelijk Lyceum", "2026-03-01"), ("Fotoportaal B.V.", "2026-03-01"), ("Jeugdteam", "2026-03-01"), ("Jeugdteam", "2026-12-01")])
    #expect(try Self.codes([activity], processors: Self.processors(endDate: nil), sharing: sharing) == ["S-2026-0004 error disclosureNotCovered"])
  }

  @Test func anActivityEndedBeforeTheDisclosureDoesNotCoverIt() throws {
    let procs = try Self.processors()
    var r = try Self.processing([Self.with(["recipients": [["name": "DUO", "role": "thirdPartyController"]]])], processors: procs)
    let end = try Processing.end(id: "VA-2026-0001", endedOn: d("2026-02-28"), reason: "gestopt", in: r)
    r.apply(RegisterEvent(seq: 9, at: "x", actor: "fg", type: end.type, data: end.data))
    let sharing = Self.sharing([("DUO", "2026-02-28"), ("DUO", "2026-03-01")])
    let found = try ProcessingCheck.run(id: nil, on: d("2026-11-29"), processing: r, processors: procs, sharing: sharing)
    #expect(found.checked == 0)
    #expect(found.findings.map(\.id) == ["S-2026-0002"])
  }

  @Test func updateLaysPartsOverTheRecordAndChecksTheWhole() throws {
    let procs = try Self.processors()
    var r = try Self.processing([Self.base], processors: procs)
    let change = try Processing.update(
      id: "VA-2026-0001", InputReader(["retention": .null, "owner": "hr"]), reason: "eigenaar", in: r, processors: procs, today: d("2026-11-29"))
    #expect(change.record["owner"] == "hr")
    #expect(change.record["retention"] == nil)
    #expect(change.record["name"] == "Salarisadministratie")
    r.apply(RegisterEvent(seq: 5, at: "x", actor: "fg", type: change.type, data: change.data))
    #expect(throws: RegisterError.self) {
      _ = try Processing.update(id: "VA-2026-0001", InputReader(["legalBasis": ["letter": "c"]]), reason: "x", in: r, processors: procs, today: d("2026-11-29"))
    }
  }

  /// D6: a change to what is processed after the DPIA asks for a review; a change that records
  /// the DPIA in the same act, or only changes the owner, does not.
  @Test func aChangeAfterTheDPIAAsksForAReview() throws {
    let procs = try Self.processors()
    let dpia: JSONValue = ["criteria": ["largeScale", "matchingDatasets"], "performedOn": "2026-01-05", "outcome": "acceptable"]
    var r = try Self.processing([Self.with(["dpia": dpia])], processors: procs)
    func check(_ on: String) throws -> [String] {
      try ProcessingCheck.run(id: nil, on: d(on), processing: r, processors: procs, sharing: Register(kind: .sharing)).findings.map(\.code.rawValue)
    }
    var seq: UInt64 = 10
    func update(_ parts: JSONObject, today: String) throws {
      let change = try Processing.update(id: "VA-2026-0001", InputReader(parts), reason: "wijziging", in: r, processors: procs, today: d(today))
      seq += 1
      r.apply(RegisterEvent(seq: seq, at: "x", actor: "fg", type: change.type, data: change.data))
    }
    try update(["owner": "hr"], today: "2026-03-01")
    #expect(try check("2026-03-01").isEmpty)
    try update(["dataCategories": [["name": "salaris"], ["name": "verzuim"]]], today: "2026-03-02")
    #expect(try check("2026-03-01").isEmpty)
    #expect(try check("2026-03-02") == ["dpiaReviewDue"])
    try update(["dpia": ["criteria": ["largeScale", "matchingDatasets"], "performedOn": "2026-03-10", "outcome": "acceptable"]], today: "2026-03-10")
    #expect(try check("2026-03-10").isEmpty)
  }

  @Test func theLifecycleReachesEveryStatusAndAnEndedActivityTakesCorrectionsOnly() {
    #expect(ProcessingMachine.lifecycle.reachable == Set(ProcessingStatus.allCases))
    #expect(ProcessingMachine.lifecycle.allowed(in: .ended) == ["update"])
    #expect(ProcessingMachine.lifecycle.allowed(in: .active) == ["end", "update"])
  }
}
