/// The forms of address a Dutch text needs, so one generator writes both the formal statement
/// for parents and staff ("u", "uw") and the informal one for students ("je", "jouw"), as Dutch
/// schools do (AVG art. 12(1): clear and plain language, in particular for a child).
public struct Voice: Sendable, Equatable {
  /// "u" / "je".
  public let you: String
  /// "U" / "Je" at the start of a sentence.
  public let You: String
  /// "uw" / "jouw".
  public let your: String
  /// "u heeft" / "je hebt".
  public let youHave: String
  /// "u bent" / "je bent".
  public let youAre: String
  /// "Bent u" / "Ben je", opening a question.
  public let AreYou: String
  /// "doet u" / "doe je", after a fronted word ("Zo doet u een verzoek").
  public let doYou: String

  /// Formal address, for parents and staff.
  public static let formal = Voice(you: "u", You: "U", your: "uw", youHave: "u heeft", youAre: "u bent", AreYou: "Bent u", doYou: "doet u")
  /// Informal address, for students.
  public static let informal = Voice(you: "je", You: "Je", your: "jouw", youHave: "je hebt", youAre: "je bent", AreYou: "Ben je", doYou: "doe je")
}
