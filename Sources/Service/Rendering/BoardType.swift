/// The kind of board, which decides the remedy a refusal names (duties.md §7.4).
enum BoardType: String, Sendable, CaseIterable {
  /// A public-law board (college van B&W, openbare rechtspersoon, stichting voor openbaar
  /// onderwijs): the decision is an Awb besluit (UAVG art. 34), objection within 6 weeks (Awb 6:7).
  case publicLaw
  /// A private board (bijzonder onderwijs, most mbo institutions): a petition to the district
  /// court within 6 weeks (UAVG art. 35).
  case `private`
}
