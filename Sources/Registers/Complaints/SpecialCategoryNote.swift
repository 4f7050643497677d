import JSON

/// A special category recorded in a dossier with the reason it is directly related to the
/// complaint: S&V allows sexual orientation, belief, religion, race or health "only if directly
/// related to the complaint" (rules.md §7; AVG art. 9; decision 47).
public struct SpecialCategoryNote: Sendable, Equatable {
  /// The category.
  public var category: SpecialCategory
  /// Why it is directly related to the complaint; required.
  public var reason: String

  /// A note.
  public init(category: SpecialCategory, reason: String) {
    self.category = category
    self.reason = reason
  }

  /// `{category, reason}`; a blank reason is -32602 on `specialCategories[index].reason`.
  func json(index: Int) throws(RegisterError) -> JSONValue {
    let why = try requiredText(reason, field: "specialCategories[\(index)].reason")
    return ["category": .string(category.rawValue), "reason": .string(why)]
  }
}
