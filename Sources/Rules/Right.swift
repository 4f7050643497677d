/// A right whose holder avgd decides by the student's age.
///
/// Six AVG data-subject rights and consent form Channel A (holder switches at 16, UAVG art. 5);
/// `results` is Channel B, the school laws' duty to inform parents about progress while the
/// student is a minor (WPO art. 11, WVO art. 23b, now in WVO 2020 — art. 2.97 by a secondary
/// source, unverified, rules.md §1.1 [!] — and WEC art. 20; until 18, BW 1:233). rules.md §0 keeps
/// the two apart.
public enum Right: String, Sendable, Hashable, CaseIterable {
  /// Access to the data and a copy (AVG art. 15).
  case access
  /// Rectification or a supplementary statement (AVG art. 16).
  case rectification
  /// Erasure (AVG art. 17).
  case erasure
  /// Restriction of processing (AVG art. 18).
  case restriction
  /// Objection (AVG art. 21).
  case objection
  /// Data portability (AVG art. 20).
  case portability
  /// Giving and withdrawing consent (AVG art. 6(1)(a), 7; UAVG art. 5(1)).
  case consent
  /// Educational results and progress (Channel B: WPO art. 11, WVO art. 23b / WVO 2020 [article
  /// unverified], WEC art. 20).
  case results

  /// True for the AVG rights and consent (Channel A), false for `results` (Channel B).
  public var isAVGChannel: Bool { self != .results }

  /// The AVG article that grants the right, e.g. "AVG art. 15".
  public var article: String {
    switch self {
    case .access: return "AVG art. 15"
    case .rectification: return "AVG art. 16"
    case .erasure: return "AVG art. 17"
    case .restriction: return "AVG art. 18"
    case .objection: return "AVG art. 21"
    case .portability: return "AVG art. 20"
    case .consent: return "AVG art. 6(1)(a) and 7"
    case .results: return "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20"
    }
  }

  /// The right in plain words, e.g. "the right of access".
  public var phrase: String {
    switch self {
    case .access: return "the right of access"
    case .rectification: return "the right to rectification"
    case .erasure: return "the right to erasure"
    case .restriction: return "the right to restriction of processing"
    case .objection: return "the right to object"
    case .portability: return "the right to data portability"
    case .consent: return "consent"
    case .results: return "information about results and progress"
    }
  }
}
