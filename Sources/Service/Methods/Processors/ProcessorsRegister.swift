import JSON
import JSONRPC
import Registers

/// `processors.register`: a processor agreement and its products enter the register the school
/// keeps to show that every supplier processes students' data under an art. 28(3) agreement
/// (AVG art. 5(2), 28; Kennisnet Aanpak IBP; rules.md §6).
enum ProcessorsRegister {
  /// A clean model-4.0 agreement, for the examples and tests.
  static let cleanExample = ProcessorExamples.clean

  /// The `processors.register` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processors.register",
      summary: "Register a processor agreement (verwerkersovereenkomst) with its products and bijsluiters.",
      description: """
        One agreement per supplier, one privacybijsluiter (annex) per product (decision 38). The id is `P-YYYY-NNNN`, \
        YYYY the Europe/Amsterdam year of registration. Gaps are recorded as they are (a missing signature or annex) \
        and reported by `processors.check`; an older model is valid (decision 37). Refused with -32602: a KvK number \
        that is not 8 digits, `convenantCheckedOn` in the future, `endDate` before `effectiveFrom`, a product listed \
        twice, an `objectionDeadline` without or before `noticeOn`, `confirmedOn` before `requestedOn`.
        """,
      params: [
        ParamSpec("supplier", required: true, "The supplier and its Privacy Convenant status.", schema: ProcessorSchemas.supplier),
        ParamSpec("agreement", required: true, "Model, signatures and term (AVG art. 28(3), 28(9)).", schema: ProcessorSchemas.agreement),
        ParamSpec("products", required: true, "The products, each with its bijsluiter and sub-processors.", schema: ["type": "array", "items": ProcessorSchemas.product]),
        ParamSpec("returnDeletion", "Return or deletion of the data at the end (art. 28(3)(g)).", schema: ProcessorSchemas.returnDeletion),
        ParamSpec("school", "School or location (registers per board, decision 51).", schema: ProcessorSchemas.text),
      ],
      result: ProcessorSchemas.result,
      examples: [
        MethodExample("a student information system on model 4.0, signed, with its bijsluiter", params: cleanExample,
          result: ["id": "P-2026-0001", "status": "active", "agreement": ["model": "model4_0"]]),
        MethodExample("an older model 3.0 agreement: a product without bijsluiter, a US sub-processor without mechanism",
          params: ProcessorExamples.olderModel,
          result: ["id": "P-2026-0002", "status": "active"]),
        MethodExample("the school photographer's portal, about to end",
          params: ProcessorExamples.photographer,
          result: ["id": "P-2026-0003", "status": "active"]),
      ],
      roles: ProcessorSchemas.writers.names
    ) { p, context in
      let now = service.nowInstant
      return try service.writeProcessors(context) { r throws(RegisterError) in
        try Processors.register(p.reader, in: r, now: now, by: context.peer.actor)
      }
    }
  }
}
