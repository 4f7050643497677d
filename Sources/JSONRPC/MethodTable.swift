import Wording

/// The methods a server answers, by name. Built once at start from declarations; immutable after.
public struct MethodTable: Sendable {
  /// Declarations in publication order.
  public let declarations: [MethodDeclaration]
  private let byName: [String: Int]

  /// A table; a name declared twice is a programming error reported as a thrown error.
  public init(_ declarations: [MethodDeclaration]) throws(RPCError) {
    var index: [String: Int] = [:]
    for (i, d) in declarations.enumerated() {
      guard index[d.name] == nil else { throw RPCError.internalError(Texts.Wire.declaredTwice(d.name).string) }
      index[d.name] = i
    }
    self.declarations = declarations
    self.byName = index
  }

  /// The declaration for `name`.
  public subscript(name: String) -> MethodDeclaration? { byName[name].map { declarations[$0] } }
}
