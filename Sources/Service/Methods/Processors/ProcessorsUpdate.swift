import JSON
import JSONRPC
import Registers

/// `processors.update`: replaces whole parts of an agreement with a reason (a re-checked
/// convenant status, a new model signed, a new bijsluiter, a sub-processor notice), kept in the
/// history so the register shows how the school's position changed (AVG art. 5(2), 28(2)).
enum ProcessorsUpdate {
  /// The `processors.update` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processors.update",
      summary: "Replace parts of an agreement (supplier, agreement, products, returnDeletion, school), with a reason.",
      description: """
        Each part given replaces the stored part wholly (`products` replaces the whole list: send every product). \
        At least one part is required (-32602 on `supplier` otherwise); `reason` is required. The history keeps \
        the parts as they were. Allowed after `processors.end` too, e.g. to record the deletion certificate; the \
        end date then stays unless `agreement.endDate` is given.
        """,
      params: [
        ProcessorSchemas.id,
        ParamSpec("reason", required: true, "Why (kept in the history).", schema: ProcessorSchemas.text),
        ParamSpec("supplier", "The supplier part, replaced wholly.", schema: ProcessorSchemas.supplier),
        ParamSpec("agreement", "The agreement part, replaced wholly.", schema: ProcessorSchemas.agreement),
        ParamSpec("products", "Every product, replacing the list.", schema: ["type": "array", "items": ProcessorSchemas.product]),
        ParamSpec("returnDeletion", "Return or deletion (art. 28(3)(g)).", schema: ProcessorSchemas.returnDeletion),
        ParamSpec("school", "School or location.", schema: ProcessorSchemas.text),
      ],
      result: ProcessorSchemas.result,
      errors: ProcessorSchemas.writeErrors,
      examples: [
        MethodExample("the convenant register re-checked",
          params: ProcessorExamples.convenantRechecked,
          result: ["id": "P-2026-0002", "supplier": ["kvk": "87654321", "convenantCheckedOn": "2026-11-20"]])
      ],
      roles: ProcessorSchemas.writers.names
    ) { p, context in
      let (id, reason) = (try p.string("id"), try p.string("reason"))
      let today = service.today
      return try service.writeProcessors(context) { r throws(RegisterError) in
        try Processors.update(id: id, p.reader, reason: reason, in: r, today: today)
      }
    }
  }
}
