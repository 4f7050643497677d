import JSON
import JSONRPC
import Registers
import Rules

/// `breaches.assess`: the risk decision of rules.md §3.1 steps 4–6 with the facts of AVG
/// art. 33(3)(a) and (c), and its reasoning (art. 33(5); EDPB guidelines 9/2022).
enum BreachesAssess {
  /// The JSON Schema `enum` of a closed set, so the spec lists exactly what the rules accept.
  static func enumSchema<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue where E.RawValue == String {
    ["enum": .array(E.allCases.map { .string($0.rawValue) })]
  }

  /// The `breaches.assess` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.assess",
      summary: "Record the risk assessment: unlikely (no AP report), risk (AP report) or high (AP report and tell the people).",
      description: """
        `unlikely`: no AP notification, the rationale is documented instead (art. 33(1), 33(5)). `risk` and `high`: \
        the AP must be notified (33(1)). `high`: the people must be told (34(1)) unless an art. 34(3) `exemption` is \
        recorded with its justification (stored with its `article`, e.g. `AVG art. 34(3)(a)`: a decision not to tell \
        names its ground and why); `disproportionateEffort` also needs the public communication (34(3)(c)). \
        `riskRationale` is required at every level. May be repeated to revise the assessment until the record is closed.
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("risk", required: true, "unlikely, risk or high.", schema: enumSchema(RiskLevel.self)),
        ParamSpec("riskRationale", required: true, "Why this level (EDPB 9/2022).", schema: BreachSchemas.text),
        ParamSpec("assessedBy", required: true, "Who decided: {name, role}.", schema: [
          "type": "object", "required": ["name", "role"], "additionalProperties": false,
          "properties": ["name": BreachSchemas.text, "role": BreachSchemas.text],
        ]),
        ParamSpec("assessedAt", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("ciaTypes", "confidentiality, integrity, availability (art. 4(12)).", schema: ["type": "array", "items": enumSchema(CIAType.self)]),
        ParamSpec("dataCategories", "Kinds of personal data (AP form section 4).", schema: BreachSchemas.strings),
        ParamSpec("specialCategories", "Art. 9/10 categories involved.", schema: BreachSchemas.strings),
        ParamSpec("includesMinors", "Whether minors are affected.", schema: ["type": "boolean"]),
        ParamSpec("subjectsAffected", "Approximate number of people, {min, max} (33(3)(a)).", schema: BreachSchemas.range),
        ParamSpec("recordsAffected", "Approximate number of records, {min, max} (33(3)(a)).", schema: BreachSchemas.range),
        ParamSpec("subjectCategories", "students, parents, staff, ... (AP form section 5).", schema: BreachSchemas.strings),
        ParamSpec("consequences", "Likely consequences (33(3)(c)).", schema: BreachSchemas.text),
        ParamSpec("preBreachMeasures", "Encryption and other measures in place before (AP form section 6).", schema: BreachSchemas.text),
        ParamSpec("exemption", "Art. 34(3) ground for not telling each person (high risk only).", schema: [
          "type": "object", "required": ["ground", "justification"], "additionalProperties": false,
          "properties": ["ground": enumSchema(ExemptionGround.self), "justification": BreachSchemas.text, "publicCommunication": BreachSchemas.text],
        ]),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.assess,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let by = try p.nested("assessedBy")
      var a = BreachAssessment(
        risk: try p.choice("risk", RiskLevel.self), riskRationale: try p.string("riskRationale"),
        assessedByName: try by.string("name"), assessedByRole: try by.string("role"),
        assessedAt: try p.instant("assessedAt", orNow: service))
      for (i, s) in (try p.optionalStrings("ciaTypes") ?? []).enumerated() {
        do throws(RegisterError) { a.ciaTypes.append(try Breaches.choice(s, CIAType.self, field: "ciaTypes[\(i)]")) } catch {
          throw error.rpcError
        }
      }
      a.dataCategories = try p.optionalStrings("dataCategories") ?? []
      a.specialCategories = try p.optionalStrings("specialCategories") ?? []
      a.subjectCategories = try p.optionalStrings("subjectCategories") ?? []
      a.includesMinors = try p.optionalBool("includesMinors")
      a.subjectsAffected = try p.countRange("subjectsAffected")
      a.recordsAffected = try p.countRange("recordsAffected")
      a.consequences = try p.optionalText("consequences")
      a.preBreachMeasures = try p.optionalText("preBreachMeasures")
      if let e = try p.optionalNested("exemption") {
        a.exemption = BreachExemption(
          ground: try e.choice("ground", ExemptionGround.self), justification: try e.string("justification"),
          publicCommunication: try e.optionalString("publicCommunication"))
      }
      let id = try p.string("id")
      return try service.writeBreach(context) { r throws(RegisterError) in try Breaches.assess(id: id, a, in: r) }
    }
  }
}
