import Testing

@testable import Rules

/// The request channel and standing (issue 19 items 2–4; rules.md §1.2, settled decisions 6–8).
@Suite(.inEnglish) struct RequestStandingTests {
  /// birth date, date, right, requester, about → channel, entitled, entitled with the student's consent.
  static let cases: [(String, String, Right, Requester, About, LegalChannel, Bool, Bool)] = [
    // BW 1:377c: a parent without authority and a minor, information (access, results) only.
    ("2008-11-27", "2026-11-26", .access, .parentWithoutAuthority, .student, .BW_377C, true, false),
    ("2008-11-27", "2026-11-26", .results, .parentWithoutAuthority, .student, .BW_377C, true, false),
    ("2008-11-27", "2026-11-26", .erasure, .parentWithoutAuthority, .student, .BW_377C, false, false),
    ("2008-11-27", "2026-11-26", .rectification, .parentWithoutAuthority, .student, .BW_377C, false, false),
    // From 18 BW 1:377c ends: results only with the student's consent, AVG rights not at all.
    ("2008-11-27", "2026-11-27", .results, .parentWithoutAuthority, .student, .B_SECTOR_LAW, false, true),
    ("2008-11-27", "2026-11-27", .access, .parentWithoutAuthority, .student, .A_AVG, false, false),
    // Own data is always the AVG channel.
    ("2014-05-12", "2026-11-20", .access, .parentWithoutAuthority, .requester, .A_AVG, true, false),
    // A parent with authority and results: the sector law until 18, then the student's consent.
    ("2008-11-27", "2026-11-26", .results, .parent, .student, .B_SECTOR_LAW, true, false),
    ("2008-11-27", "2026-11-27", .results, .parent, .student, .B_SECTOR_LAW, false, true),
    // A student's own request: standing from the 16th birthday (decision 7 handles the rest).
    ("2010-11-27", "2026-11-26", .access, .student, .student, .A_AVG, false, false),
    ("2010-11-27", "2026-11-27", .access, .student, .student, .A_AVG, true, false),
  ]

  @Test(arguments: cases)
  func channelAndStanding(
    born: String, on: String, right: Right, requester: Requester, about: About, channel: LegalChannel, entitled: Bool,
    withConsent: Bool
  ) throws {
    let s = try RightHolder.standing(birthDate: d(born), on: d(on), right: right, requester: requester, about: about)
    #expect(s.channel == channel)
    #expect(s.entitlement.entitled == entitled)
    #expect(s.entitlement.entitledWithStudentConsent == withConsent)
    if channel == .BW_377C {
      #expect(s.entitlement.basis.article.contains("BW 1:377c"))
    }
  }

  @Test func outsideBW377cStandingIsTheRightsCheck() throws {
    for requester in Requester.allCases where requester != .parentWithoutAuthority {
      for right in Right.allCases {
        let s = try RightHolder.standing(birthDate: d("2010-03-15"), on: d("2026-03-14"), right: right, requester: requester)
        let c = try RightHolder.check(birthDate: d("2010-03-15"), on: d("2026-03-14"), right: right, requester: requester)
        #expect(s.entitlement == c, "\(requester) \(right)")
      }
    }
  }

  @Test func aBirthDateAfterTheDateIsRefused() {
    #expect(throws: RuleError.self) {
      try RightHolder.standing(birthDate: d("2027-01-01"), on: d("2026-11-29"), right: .access, requester: .parent)
    }
  }

  @Test func theAdultResultsBasisNoLongerCitesTheSectorLaw() throws {
    let e = try RightHolder.check(birthDate: d("2008-03-15"), on: d("2026-03-15"), right: .results, requester: .parent)
    #expect(!e.basis.article.contains("2.97"))
    #expect(e.basis.article.contains("6(1)(a)"))
    #expect(Right.results.article.contains("unverified"))
  }
}
