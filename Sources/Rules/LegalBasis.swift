/// Where a rule comes from: the law, the article(s), and one plain sentence a school can quote.
///
/// Every answer about a right carries one, so a decision can be explained and checked
/// (AVG art. 5(2), accountability).
public struct LegalBasis: Sendable, Hashable {
  /// The law(s), e.g. "AVG / UAVG".
  public let law: String
  /// The article text, e.g. "AVG art. 15; UAVG art. 5(1)".
  public let article: String
  /// One sentence in plain words.
  public let sentence: String

  /// A basis.
  public init(law: String, article: String, sentence: String) {
    self.law = law
    self.article = article
    self.sentence = sentence
  }
}
