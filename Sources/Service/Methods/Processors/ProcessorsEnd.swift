import JSON
import JSONRPC
import Registers

/// `processors.end`: the agreement's last day and the return or deletion of the data the
/// processor holds (AVG art. 28(3)(g)); every product becomes inactive.
enum ProcessorsEnd {
  /// The `processors.end` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processors.end",
      summary: "End an agreement: end date, return or deletion of the data; its products become inactive.",
      description: """
        `endDate` is the last day the agreement is in force (it may lie ahead: notice given). Every product is set \
        `active: false`: nothing may be processed under an ended agreement; a product still in use belongs under a \
        new agreement. `returnDeletion` records when return or deletion was asked and confirmed (28(3)(g)); add \
        the confirmation later with `processors.update`. `endDate` before `effectiveFrom` is -32602; ending twice is 1002.
        """,
      params: [
        ProcessorSchemas.id,
        ParamSpec("endDate", required: true, "The last day in force.", schema: ProcessorSchemas.date),
        ParamSpec("returnDeletion", "Return or deletion asked / confirmed.", schema: ProcessorSchemas.returnDeletion),
      ],
      result: ProcessorSchemas.result,
      errors: ProcessorSchemas.writeErrors,
      examples: [
        MethodExample("the photographer's portal ended, data deleted",
          params: ["id": "P-2026-0003", "endDate": "2026-07-31", "returnDeletion": ["requestedOn": "2026-08-01", "confirmedOn": "2026-08-15"]],
          result: [
            "id": "P-2026-0003", "status": "ended", "agreement": ["endDate": "2026-07-31"],
            "returnDeletion": ["requestedOn": "2026-08-01", "confirmedOn": "2026-08-15"],
          ])
      ],
      roles: ProcessorSchemas.writers.names
    ) { p, context in
      let (id, end) = (try p.string("id"), try p.date("endDate"))
      let rd = try p.optionalNested("returnDeletion")?.reader
      return try service.writeProcessors(context) { r throws(RegisterError) in
        try Processors.end(id: id, endDate: end, returnDeletion: rd, in: r)
      }
    }
  }
}
