import Rules

/// What a data subject asks for (rules.md §2.5 `type`). Each type maps to the `Right` whose holder
/// decides standing: the AVG rights of art. 15–21 (Channel A) and `results`, the school laws'
/// progress information for parents (Channel B: WPO art. 11, WVO art. 23b / WVO 2020 [article
/// unverified], WEC art. 20), or the BW 1:377c information of a parent without authority.
public enum RequestType: String, Sendable, Hashable, CaseIterable {
  /// Access and a copy (AVG art. 15).
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
  /// Progress information for parents (Channel B; holder changes at 18, BW 1:233).
  case results

  /// The right whose holder decides who may file this request (issue 5: results → `results`).
  public var right: Right {
    switch self {
    case .access: return .access
    case .rectification: return .rectification
    case .erasure: return .erasure
    case .restriction: return .restriction
    case .objection: return .objection
    case .portability: return .portability
    case .results: return .results
    }
  }
}
