import JSON
import JSONRPC
import Registers
import Rules

/// `processors.check`: the validation of rules.md §6 over one or every agreement on a date, so
/// the privacy officer sees which agreements fall short of AVG art. 28(3), 28(9) and 44–46
/// (errors) and which are merely old (warnings, decision 37).
enum ProcessorsCheck {
  /// The `processors.check` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processors.check",
      summary: "Findings per agreement: missing signatures or bijsluiters, old models, transfers without mechanism, ended agreements still in use.",
      description: """
        Errors: `schoolSignatureMissing`, `supplierSignatureMissing` (28(3), 28(9)); `annexMissing` (an active product \
        without bijsluiter: neither `annexVersion` nor `annexDate`; decision 38); `transferWithoutMechanism` (a product \
        or sub-processor outside the EEA without adequacy, dpf, scc or bcr; art. 44–46, decision 40); \
        `endedWithActiveProduct` (`on` is after `endDate` and a product is still active; 28(3)(g)). Warning: \
        `olderModel` (model 3.0 or 2.0: the message advises upgrading to model 4.0; the agreement stays valid, \
        decision 37). Without `id` every agreement is checked, in register order. `on` defaults to today \
        (Europe/Amsterdam). Messages are in the call's language (Dutch by default; `language: en` for English).
        """,
      params: [
        ParamSpec("id", "Only this agreement (1001 if unknown).", schema: ProcessorSchemas.text),
        ParamSpec("on", "The date checked (default today).", schema: ProcessorSchemas.date),
      ],
      result: ResultSpec(
        "findings",
        schema: [
          "type": "object", "required": ["on", "checked", "errors", "warnings", "findings"],
          "properties": [
            "on": ProcessorSchemas.date, "checked": ["type": "integer"], "errors": ["type": "integer"], "warnings": ["type": "integer"],
            "findings": [
              "type": "array",
              "items": [
                "type": "object", "required": ["id", "severity", "code", "field", "message"],
                "properties": [
                  "id": ["type": "string"], "severity": ["enum": ["error", "warning"]], "code": ["enum": .array(ProcessorCheck.codes.map(JSONValue.string))],
                  "field": ["type": "string"], "message": ["type": "string"],
                ],
              ],
            ],
          ],
        ]),
      errors: [ErrorSpec(.notFound, "no agreement with that id")],
      examples: [
        MethodExample("the clean model-4.0 agreement", params: ["id": "P-2026-0001"],
          result: ["checked": 1, "errors": 0, "warnings": 0, "findings": []]),
        MethodExample("every agreement",
          params: [:],
          result: [
            "on": "2026-11-29", "checked": 3, "errors": 2, "warnings": 1,
            "findings": [
              ["id": "P-2026-0002", "severity": "warning", "code": "olderModel", "field": "agreement.model"],
              ["id": "P-2026-0002", "severity": "error", "code": "transferWithoutMechanism", "field": "products[0].subProcessors[0].transferMechanism"],
              ["id": "P-2026-0002", "severity": "error", "code": "annexMissing", "field": "products[1].annexVersion"],
            ],
          ]),
      ],
      roles: Role.registerReaders.names, audit: ReadAudit.mentioned
    ) { p, _ in
      let id = try p.optionalString("id")
      let on = try p.optionalDate("on") ?? service.today
      return try service.ledger.read(Processors.name) { r throws(RPCError) in
        do throws(RegisterError) {
          let (checked, findings) = try ProcessorCheck.run(id: id, on: on, in: r)
          let errors = findings.filter { $0.severity == .error }.count
          return [
            "on": .string(on.description), "checked": .int(checked), "errors": .int(errors),
            "warnings": .int(findings.count - errors), "findings": .array(findings.map(\.json)),
          ]
        } catch { throw error.rpcError }
      }
    }
  }
}
