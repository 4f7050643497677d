import JSON
import JSONRPC
import Registers

/// `processors.addProduct`: a further product of the same supplier under the same agreement,
/// with its own privacybijsluiter (one agreement per supplier, one bijsluiter per product:
/// Kennisnet; decision 38; AVG art. 28(3)).
enum ProcessorsAddProduct {
  /// The `processors.addProduct` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processors.addProduct",
      summary: "Add a product (with its bijsluiter and sub-processors) to an active agreement.",
      description: """
        A product name already on the agreement (case-insensitive) is 1006; change it with `processors.update`. \
        An ended agreement takes no new products (1002): sign a new agreement.
        """,
      params: [
        ProcessorSchemas.id,
        ParamSpec("product", required: true, "The product.", schema: ProcessorSchemas.product),
      ],
      result: ProcessorSchemas.result,
      errors: ProcessorSchemas.writeErrors + [ErrorSpec(.conflict, "the agreement already lists a product of that name")],
      examples: [
        MethodExample("the parent portal of the same supplier",
          params: [
            "id": "P-2026-0001",
            "product": [
              "name": "Ouderportaal", "annexVersion": "1.0", "annexDate": "2026-10-01", "dataCategories": ["name", "grades"],
              "subjectCategories": ["parents"], "processingLocation": "Netherlands",
            ],
          ],
          result: ["id": "P-2026-0001", "status": "active"])
      ],
      roles: ProcessorSchemas.writers.names
    ) { p, context in
      let id = try p.string("id")
      let product = try p.nested("product").reader
      return try service.writeProcessors(context) { r throws(RegisterError) in
        try Processors.addProduct(id: id, product: product, in: r)
      }
    }
  }
}
