import Registers
import Rules
import Wording

/// The plain words letters use for codes in the records: request types, who asks, who holds a
/// right, legal grounds (AVG art. 12(1): clear and plain language; duties.md §7).
enum LetterWords {
  /// What was asked, as a parent reads it.
  static func asked(_ t: RequestType?, _ c: LetterContext) -> String {
    switch t {
    case .access?: return c.t(Texts.Letters.accessToAndACopy)
    case .rectification?: return c.t(Texts.Letters.rectificationOrCompletionOfPersonal)
    case .erasure?: return c.t(Texts.Letters.erasureOfPersonalDataGdpr)
    case .restriction?: return c.t(Texts.Letters.restrictionOfProcessingGdprArt)
    case .objection?: return c.t(Texts.Letters.objectionToTheProcessingGdpr)
    case .portability?: return c.t(Texts.Letters.dataPortabilityGdprArt20)
    case .results?: return c.t(Texts.Letters.informationAboutYourChildS)
    case nil: return c.t(Texts.Letters.yourRequest)
    }
  }

  /// The salutation for who asks.
  static func salutation(_ r: Requester?, _ c: LetterContext) -> String {
    switch r {
    case .student?: return c.t(Texts.Letters.dearStudent)
    case .parent?, .guardian?, .parentWithoutAuthority?, .caregiver?: return c.t(Texts.Letters.dearParentOrCarer)
    default: return c.t(Texts.Letters.dearSirOrMadam)
    }
  }

  /// Who the request is about, from the requester's side.
  static func subjectOf(_ r: Requester?, _ c: LetterContext) -> String {
    r == .student ? c.t(Texts.Letters.yourOwnData) : c.t(Texts.Letters.yourChildSData)
  }

  /// Who holds the right, from the entitlement's holders.
  static func holders(_ holders: [String], _ c: LetterContext) -> String {
    if holders.contains("student") && holders.contains("parents") {
      return c.t(Texts.Letters.theStudentAndTheParents)
    }
    if holders.contains("student") { return c.t(Texts.Letters.theStudentPersonally) }
    if holders.contains("parents") { return c.t(Texts.Letters.theParentsWithParentalAuthority) }
    return c.t(Texts.Letters.noOneWhoCanMake)
  }

  /// The ground in plain words, with its article.
  static func ground(_ code: String, _ c: LetterContext) -> String {
    guard let g = GroundCode(rawValue: code) else { return code }
    let words: String
    switch g {
    case .UAVG41_1i_PROTECT_DATA_SUBJECT: words = c.t(Texts.Letters.toProtectThePersonConcerned)
    case .UAVG41_1i_RIGHTS_OF_OTHERS, .AVG15_4: words = c.t(Texts.Letters.toProtectTheRightsOf)
    case .AVG12_5_UNFOUNDED: words = c.t(Texts.Letters.theRequestIsManifestlyUnfounded)
    case .AVG12_5_EXCESSIVE: words = c.t(Texts.Letters.theRequestIsExcessiveIn)
    case .AVG17_3b_LEGAL_OBLIGATION: words = c.t(Texts.Letters.theSchoolMustKeepThe)
    case .NO_STANDING: words = c.t(Texts.Letters.youCannotExerciseThisRight)
    case .IDENTITY_NOT_ESTABLISHED: words = c.t(Texts.Letters.weCouldNotEstablishYour)
    case .BW1_377C_CHILD_INTEREST:
      words = c.t(Texts.Letters.givingThisInformationIsNot)
    }
    return "\(words) (\(g.article))"
  }

  /// The remedies against a refusal, by board type (duties.md §7.4; AVG art. 12(4), 77, 79).
  static func remedies(_ board: Remedies.Board, _ c: LetterContext) -> [String] {
    let ap = c.t(Texts.Letters.youCanLodgeAComplaint)
    switch board {
    case .publicLaw:
      return [
        c.t(Texts.Letters.thisDecisionIsAnOrder),
        c.t(Texts.Letters.afterTheDecisionOnYour),
        ap,
      ]
    case .private:
      return [
        c.t(Texts.Letters.withinSixWeeksOfReceiving),
        ap,
      ]
    }
  }

  /// The signer's role in the reader's words (a role, never a name: "noem geen namen").
  static func role(_ code: String, _ c: LetterContext) -> String {
    return Texts.Letters.roles[code].map { $0(c.language) } ?? code
  }
}
