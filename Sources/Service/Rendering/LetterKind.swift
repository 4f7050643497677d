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
