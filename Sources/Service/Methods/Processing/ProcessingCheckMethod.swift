import JSON
import JSONRPC
import Registers
import Rules

/// `processing.check`: what the record of processing activities lacks on a date, crossed with
/// the processor register and the sharing register under one ledger read (AVG art. 6, 9, 28, 30,
/// 35, 44–46; duties.md D3–D6).
enum ProcessingCheckMethod {
  /// The `processing.check` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processing.check",
      summary: "Findings: DPIA required, special categories without exception, processors without a valid agreement, uncovered disclosures, no retention.",
      description: """
        Errors: `dpiaRequired` (two or more WP248 criteria, or an AP-list type, and no DPIA performed on or before \
        `on`; art. 35(1)); `specialCategoryWithoutException` (art. 9); `processorUnknown`; \
        `processorAgreementInvalid` (the agreement is not yet in force, has ended — an agreement covers its \
        `endDate` itself, so the day after it is invalid — or lacks a signature; art. 28(3), 28(9)); \
        `transferWithoutMechanism` (art. 44–46); `retentionMissing` (art. 5(1)(e), 30(1)(f)); \
        `disclosureNotCovered` (a disclosure in the sharing register on or before `on` whose recipient no activity \
        carried out on the disclosure date names, as a recipient, one it `includes`, or a processor's supplier; \
        art. 30(1)(d)). Warnings: `dpiaAdvised` (exactly one criterion, no DPIA, no `notRequiredReason`), \
        `dpiaReviewDue` (DPIA older than 36 months, or the activity changed after it: `changedOn`, D6), `retentionPerSelectielijst` (D4). Only activities carried \
        out on `on` are checked; without `id` the uncovered disclosures follow. Messages are in the call's language \
        (Dutch by default; `language: en` for English).
        """,
      params: [
        ParamSpec("id", "Only this activity (1001 if unknown; disclosures are then not checked).", schema: ProcessingSchemas.text),
        ParamSpec("on", "The date checked (default today).", schema: ProcessingSchemas.date),
      ],
      result: ResultSpec(
        "findings",
        schema: [
          "type": "object", "required": ["on", "checked", "errors", "warnings", "findings"],
          "properties": [
            "on": ProcessingSchemas.date, "checked": ["type": "integer"], "errors": ["type": "integer"], "warnings": ["type": "integer"],
            "findings": [
              "type": "array",
              "items": [
                "type": "object", "required": ["id", "severity", "code", "field", "message"],
                "properties": [
                  "id": ["type": "string"], "severity": ProcessingSchemas.choices(ProcessingFinding.Severity.self),
                  "code": ProcessingSchemas.choices(ProcessingFindingCode.self), "field": ["type": "string"], "message": ["type": "string"],
                ],
              ],
            ],
          ],
        ]),
      errors: [ErrorSpec(.notFound, "no activity with that id")],
      examples: [
        MethodExample("the whole record: a DPIA missing twice, an ended processor agreement, cameras without retention, a transfer no activity names",
          params: [:],
          result: [
            "on": "2026-11-29", "checked": 6, "errors": 5, "warnings": 1,
            "findings": [
              ["id": "VA-2026-0002", "severity": "error", "code": "dpiaRequired", "field": "dpia.performedOn"],
              ["id": "VA-2026-0003", "severity": "error", "code": "processorAgreementInvalid", "field": "processors[0]"],
              ["id": "VA-2026-0005", "severity": "error", "code": "dpiaRequired", "field": "dpia.performedOn"],
              ["id": "VA-2026-0005", "severity": "error", "code": "retentionMissing", "field": "retention"],
              ["id": "VA-2026-0006", "severity": "warning", "code": "dpiaAdvised", "field": "dpia.notRequiredReason"],
              ["id": "S-2026-0002", "severity": "error", "code": "disclosureNotCovered", "field": "recipient.name"],
            ],
          ]),
        MethodExample("the photos on the last day of the photographer's agreement: still valid",
          params: ["id": "VA-2026-0003", "on": "2026-07-31"],
          result: ["on": "2026-07-31", "checked": 1, "errors": 0, "warnings": 0, "findings": []]),
      ],
      roles: ProcessingSchemas.readers.names, audit: ReadAudit.mentioned,
      scope: SchoolScope.registers([Processing.name, Processors.name, Sharing.name])
    ) { p, _ in
      let id = try p.optionalString("id")
      let on = try p.optionalDate("on") ?? service.today
      return try service.ledger.read([Processing.name, Processors.name, Sharing.name]) { rs throws(RPCError) in
        do throws(RegisterError) {
          let (checked, findings) = try ProcessingCheck.run(id: id, on: on, processing: rs[0], processors: rs[1], sharing: rs[2])
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
