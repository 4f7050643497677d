/// Why a letter cannot be written for this record (the record is not in the state the letter
/// speaks about, or a fact the letter must state is missing): the method answers -32602 naming
/// `field`, so the caller knows what to record first.
struct LetterProblem: Error, Sendable {
  /// The param or record member at fault (`kind`, `board`, `extendedDueOn`).
  let field: String
  /// What is wrong, in plain words.
  let reason: String
}
