import Wording

/// The three periods of a student's life that decide the holders (rules.md §1.3).
public enum StudentPhase: String, Sendable, Hashable, CaseIterable {
  /// Under 16: parents hold the AVG rights, consent and results (UAVG art. 5(1)).
  case under16
  /// 16 or 17: the student holds the AVG rights and consent; results go to the parents and the
  /// student (through AVG art. 15).
  case sixteenToEighteen
  /// 18 or older (BW 1:233): the student alone; parents receive results only with consent.
  case adult

  /// The phase at an age.
  public init(age: Int) {
    self = age < 16 ? .under16 : age < 18 ? .sixteenToEighteen : .adult
  }

  /// Who holds `right` in this phase.
  public func holders(of right: Right) -> [Holder] {
    switch (self, right) {
    case (.under16, _): return [.parents]
    case (.sixteenToEighteen, .results): return [.parents, .student]
    default: return [.student]
    }
  }

  /// The legal basis of `right` in this phase.
  public func basis(of right: Right) -> LegalBasis {
    let R = Texts.Rules.self
    let uavg = R.uavgArticle
    switch (self, right) {
    case (.under16, .consent):
      return LegalBasis(law: "AVG / UAVG", article: right.articleText + uavg, sentence: R.under16Consent)
    case (.under16, .results):
      return LegalBasis(law: "WPO / WVO 2020 / WEC", article: right.articleText, sentence: R.under16Results)
    case (.under16, _):
      return LegalBasis(
        law: "AVG / UAVG / BW", article: right.articleText + R.byAnalogy + R.citation("; BW 1:245(4)"),
        sentence: R.under16Right(right.phraseText))
    case (.sixteenToEighteen, .results):
      return LegalBasis(
        law: "WPO / WVO 2020 / WEC / AVG", article: right.articleText + R.progressArticle,
        sentence: R.sixteenResults)
    case (.adult, .results):
      return LegalBasis(law: "BW / AVG", article: R.adultResultsArticle, sentence: R.adultResults)
    case (_, .consent):
      return LegalBasis(law: "AVG / UAVG", article: right.articleText + uavg, sentence: R.sixteenConsent)
    default:
      return LegalBasis(law: "AVG / UAVG", article: right.articleText + R.byAnalogy, sentence: R.sixteenRight(right.phraseText))
    }
  }
}
