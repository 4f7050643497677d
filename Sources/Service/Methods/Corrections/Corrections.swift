import JSONRPC

/// The `<register>.correct` methods of the registers where users enter facts (issue 16 §6), in
/// catalog order; `requests.correct` and `breaches.correct` have their own (they re-run deadlines).
/// Listed last in `MethodCatalog`, so their examples correct records the other examples made
/// without changing what those examples answer.
enum Corrections {
  /// Each method's declaration parts.
  static let methods: [CorrectionMethod] = [
    ConsentsCorrect.method, SharingCorrect.method, ComplaintsCorrect.method, ImageConsentsCorrect.method, PublicationsCorrect.method,
    StaffCorrect.method,
  ]

  /// The declarations bound to `service`.
  static func declarations(_ service: AvgdService) -> [MethodDeclaration] { methods.map { $0.declaration(service) } }
}
