import Wording

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

  /// The article that grants the right, e.g. "AVG art. 15" (its joining words in the call's language).
  public var articleText: Text {
    switch self {
    case .access: return Texts.Rules.avgArticle(15)
    case .rectification: return Texts.Rules.avgArticle(16)
    case .erasure: return Texts.Rules.avgArticle(17)
    case .restriction: return Texts.Rules.avgArticle(18)
    case .objection: return Texts.Rules.avgArticle(21)
    case .portability: return Texts.Rules.avgArticle(20)
    case .consent: return Texts.Rules.consentArticle
    case .results: return Texts.Rules.resultsArticle
    }
  }

  /// The article in the call's language (`Language.current`).
  public var article: String { articleText.string }

  /// The right in plain words, e.g. "the right of access" / "het recht op inzage".
  public var phraseText: Text {
    switch self {
    case .access: return Texts.Rules.accessPhrase
    case .rectification: return Texts.Rules.rectificationPhrase
    case .erasure: return Texts.Rules.erasurePhrase
    case .restriction: return Texts.Rules.restrictionPhrase
    case .objection: return Texts.Rules.objectionPhrase
    case .portability: return Texts.Rules.portabilityPhrase
    case .consent: return Texts.Rules.consentPhrase
    case .results: return Texts.Rules.resultsPhrase
    }
  }

  /// The right in plain words in the call's language.
  public var phrase: String { phraseText.string }
}
