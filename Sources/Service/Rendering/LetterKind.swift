/// The letters `letters.render` writes (issue 17 §3; duties.md §7), each for one kind of record.
enum LetterKind: String, Sendable, CaseIterable {
  /// Acknowledgement of a subject request with its legal deadline (good practice, duties.md §7.1).
  case acknowledgement
  /// Notice that the deadline is extended, with the reasons and the new date (AVG art. 12(3)).
  case extensionNotice
  /// The decision: grant with what is enclosed, or refusal with grounds, balancing and remedies
  /// (AVG art. 12(4), 15; UAVG 34/35; duties.md §7.2–7.4).
  case decision
  /// The notice to the people affected by a data breach (AVG art. 34(2); duties.md §7.5).
  case breachNotice
  /// The answer to a parent without authority asking for information (BW 1:377c; duties.md §7.6).
  case parentInformation

  /// The register the letter's record is in.
  var register: String { self == .breachNotice ? "breaches" : "requests" }
}

/// The kind of board, which decides the remedy a refusal names (duties.md §7.4).
enum BoardType: String, Sendable, CaseIterable {
  /// A public-law board (college van B&W, openbare rechtspersoon, stichting voor openbaar
  /// onderwijs): the decision is an Awb besluit (UAVG art. 34), objection within 6 weeks (Awb 6:7).
  case publicLaw
  /// A private board (bijzonder onderwijs, most mbo institutions): a petition to the district
  /// court within 6 weeks (UAVG art. 35).
  case `private`
}
