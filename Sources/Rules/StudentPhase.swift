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
    switch (self, right) {
    case (.under16, .consent):
      return LegalBasis(
        law: "AVG / UAVG", article: "\(right.article); UAVG art. 5(1)",
        sentence: "Under 16 the consent of the legal representative (parent with authority or guardian) replaces the student's consent.")
    case (.under16, .results):
      return LegalBasis(
        law: "WPO / WVO 2020 / WEC", article: right.article,
        sentence: "The school informs the parents about the progress of a student under 16.")
    case (.under16, _):
      return LegalBasis(
        law: "AVG / UAVG / BW", article: "\(right.article); UAVG art. 5(1) by analogy; BW 1:245(4)",
        sentence: "Under 16 the legal representatives (parents with authority, guardians) exercise \(right.phrase) for the student.")
    case (.sixteenToEighteen, .results):
      return LegalBasis(
        law: "WPO / WVO 2020 / WEC / AVG", article: "\(right.article); AVG art. 15; BW 1:233",
        sentence: "Parents are informed about progress until the 18th birthday; from 16 the student also sees their results through the right of access.")
    case (.adult, .results):
      return LegalBasis(
        law: "BW / AVG", article: "BW 1:233; AVG art. 15; AVG art. 6(1)(a) and 7 (the student's consent)",
        sentence: "From 18 the student is of age and alone receives results; parents only with the student's recorded consent.")
    case (_, .consent):
      return LegalBasis(
        law: "AVG / UAVG", article: "\(right.article); UAVG art. 5(1)",
        sentence: "From 16 the student gives and withdraws consent personally.")
    default:
      return LegalBasis(
        law: "AVG / UAVG", article: "\(right.article); UAVG art. 5(1) by analogy",
        sentence: "From 16 the student exercises \(right.phrase) personally; parents no longer act for the student.")
    }
  }
}
