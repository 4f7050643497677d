import Wording

/// Where a rule comes from: the law, the article(s), and one plain sentence a school can quote.
///
/// Every answer about a right carries one, so a decision can be explained and checked
/// (AVG art. 5(2), accountability). The article and sentence are kept in both languages (issue 16
/// §1): the rule stays pure and the answer renders them in the caller's language.
public struct LegalBasis: Sendable, Hashable {
  /// The law(s), e.g. "AVG / UAVG".
  public let law: String
  /// The article text, e.g. "AVG art. 15; UAVG art. 5(1)", in both languages.
  public let articleText: Text
  /// One sentence in plain words, in both languages.
  public let sentenceText: Text

  /// The article in the call's language (`Language.current`).
  public var article: String { articleText.string }
  /// The sentence in the call's language (`Language.current`).
  public var sentence: String { sentenceText.string }

  /// A basis from the catalogue's texts.
  public init(law: String, article: Text, sentence: Text) {
    self.law = law
    self.articleText = article
    self.sentenceText = sentence
  }
}
