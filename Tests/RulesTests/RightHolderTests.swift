import Testing

@testable import Rules

@Suite(.inEnglish) struct RightHolderTests {
  static let avgRights: [Right] = [.access, .rectification, .erasure, .restriction, .objection, .portability, .consent]

  @Test func under16ParentsHoldEverything() throws {
    let r = try RightHolder.resolve(birthDate: d("2010-03-15"), on: d("2026-03-14"))
    #expect(r.age == 15)
    #expect(r.on == d("2026-03-14"))
    #expect(r.rights.map(\.right) == Right.allCases)
    for e in r.rights {
      #expect(e.holders == [.parents])
      #expect(e.since == nil)
      #expect(e.until == d("2026-03-15"))
      #expect(e.parentsWithStudentConsent == false)
    }
    #expect(r.entry(.access)?.basis.article == "AVG art. 15; UAVG art. 5(1) by analogy; BW 1:245(4)")
    #expect(r.entry(.consent)?.basis.article == "AVG art. 6(1)(a) and 7; UAVG art. 5(1)")
    #expect(r.entry(.results)?.basis.article == "WPO art. 11; WVO art. 23b, now WVO 2020 (art. 2.97 unverified); WEC art. 20")
    #expect(r.nextChange?.on == d("2026-03-15"))
    #expect(r.nextChange?.age == 16)
    #expect(r.nextChange?.description.contains("UAVG art. 5(1)") == true)
  }

  @Test func from16StudentHoldsAVGRightsAndSharesResults() throws {
    let r = try RightHolder.resolve(birthDate: d("2010-03-15"), on: d("2026-03-15"))
    #expect(r.age == 16)
    for right in Self.avgRights {
      #expect(r.entry(right)?.holders == [.student])
      #expect(r.entry(right)?.since == d("2026-03-15"))
      #expect(r.entry(right)?.until == nil)
    }
    #expect(r.entry(.results)?.holders == [.parents, .student])
    #expect(r.entry(.results)?.since == d("2026-03-15"))
    #expect(r.entry(.results)?.until == d("2028-03-15"))
    #expect(r.nextChange?.on == d("2028-03-15"))
    #expect(r.nextChange?.age == 18)
  }

  @Test func from18StudentAloneParentsOnlyWithConsent() throws {
    let r = try RightHolder.resolve(birthDate: d("2008-02-29"), on: d("2026-03-01"))
    #expect(r.age == 18)
    #expect(r.entry(.results)?.holders == [.student])
    #expect(r.entry(.results)?.parentsWithStudentConsent == true)
    #expect(r.entry(.results)?.since == d("2026-03-01"))
    #expect(r.entry(.access)?.parentsWithStudentConsent == false)
    #expect(r.entry(.access)?.since == d("2024-02-29"))  // 16th birthday in a leap year
    #expect(r.nextChange == nil)
    #expect(r.entry(.results)?.basis.article.contains("BW 1:233") == true)
  }

  @Test func leapDayConventionMovesTheChange() throws {
    let m = try RightHolder.resolve(birthDate: d("2008-02-29"), on: d("2026-02-28"))
    #expect(m.age == 17)
    #expect(m.nextChange?.on == d("2026-03-01"))
    let f = try RightHolder.resolve(birthDate: d("2008-02-29"), on: d("2026-02-28"), convention: .february28)
    #expect(f.age == 18)
    #expect(f.entry(.results)?.holders == [.student])
  }

  @Test func birthAfterOnIsAnError() {
    #expect(throws: RuleError(field: "birthDate", reason: "the birth date 2026-03-16 is after the date evaluated, 2026-03-15")) {
      try RightHolder.resolve(birthDate: d("2026-03-16"), on: d("2026-03-15"))
    }
    #expect(throws: RuleError.self) {
      try RightHolder.check(birthDate: d("2027-01-01"), on: d("2026-03-15"), right: .access, requester: .parent)
    }
    #expect(throws: Never.self) { try RightHolder.resolve(birthDate: d("2026-03-15"), on: d("2026-03-15")) }
  }

  /// (birth, on, right, requester, entitled, entitled with student consent)
  @Test(arguments: [
    ("2012-05-01", "2026-03-15", Right.access, Requester.parent, true, false),
    ("2012-05-01", "2026-03-15", .access, .guardian, true, false),
    ("2012-05-01", "2026-03-15", .access, .student, false, false),
    ("2012-05-01", "2026-03-15", .consent, .parent, true, false),
    ("2012-05-01", "2026-03-15", .results, .parent, true, false),
    ("2012-05-01", "2026-03-15", .results, .caregiver, true, false),
    ("2012-05-01", "2026-03-15", .access, .caregiver, false, false),
    ("2012-05-01", "2026-03-15", .access, .parentWithoutAuthority, false, false),
    ("2012-05-01", "2026-03-15", .results, .parentWithoutAuthority, false, false),
    ("2012-05-01", "2026-03-15", .access, .curator, false, false),
    ("2009-05-01", "2026-03-15", .access, .student, true, false),
    ("2009-05-01", "2026-03-15", .erasure, .parent, false, false),
    ("2009-05-01", "2026-03-15", .consent, .guardian, false, false),
    ("2009-05-01", "2026-03-15", .results, .parent, true, false),
    ("2009-05-01", "2026-03-15", .results, .student, true, false),
    ("2009-05-01", "2026-03-15", .results, .caregiver, true, false),
    ("2009-05-01", "2026-03-15", .portability, .curator, false, false),
    ("2007-05-01", "2026-03-15", .results, .parent, false, true),
    ("2007-05-01", "2026-03-15", .results, .caregiver, false, true),
    ("2007-05-01", "2026-03-15", .results, .parentWithoutAuthority, false, true),
    ("2007-05-01", "2026-03-15", .results, .student, true, false),
    ("2007-05-01", "2026-03-15", .access, .curator, true, false),
    ("2007-05-01", "2026-03-15", .results, .curator, true, false),
    ("2007-05-01", "2026-03-15", .objection, .parent, false, false),
  ])
  func checks(birth: String, on: String, right: Right, requester: Requester, entitled: Bool, withConsent: Bool) throws {
    let e = try RightHolder.check(birthDate: d(birth), on: d(on), right: right, requester: requester)
    #expect(e.entitled == entitled)
    #expect(e.entitledWithStudentConsent == withConsent)
    #expect(!e.reason.isEmpty)
    #expect(!e.basis.article.isEmpty && !e.basis.sentence.isEmpty)
  }

  @Test(arguments: Right.allCases)
  func parentWithoutAuthorityReasonNamesBW1377c(right: Right) throws {
    let e = try RightHolder.check(birthDate: d("2014-01-01"), on: d("2026-03-15"), right: right, requester: .parentWithoutAuthority)
    #expect(e.entitled == false)
    #expect(e.reason.contains("BW 1:377c"))
    #expect(e.basis.article.contains("BW 1:377c"))
    #expect(e.holders == [.parents])
  }

  @Test func caregiverReasonSaysChannelBOnly() throws {
    let e = try RightHolder.check(birthDate: d("2014-01-01"), on: d("2026-03-15"), right: .access, requester: .caregiver)
    #expect(e.reason.contains("not the student's legal representative"))
    #expect(e.reason.contains("Channel B"))
  }

  @Test(arguments: Requester.allCases)
  func ownDataWhateverTheAge(requester: Requester) throws {
    for birth in ["2020-01-01", "2009-05-01", "2000-01-01"] {
      let e = try RightHolder.check(
        birthDate: d(birth), on: d("2026-03-15"), right: .access, requester: requester, about: .requester)
      if requester == .student {
        #expect(e.entitled == (birth != "2020-01-01"))
      } else {
        #expect(e.entitled == true)
        #expect(e.basis.article == "AVG art. 15(1) and 15(4)")
      }
    }
  }

  @Test func ageChangesAtMidnightAmsterdam() throws {
    let on = Amsterdam.date(of: t("2026-03-14T23:30:00Z"))
    let e = try RightHolder.check(birthDate: d("2010-03-15"), on: on, right: .access, requester: .student)
    #expect(e.entitled)
    let before = Amsterdam.date(of: t("2026-03-14T22:59:59Z"))
    #expect(try RightHolder.check(birthDate: d("2010-03-15"), on: before, right: .access, requester: .student).entitled == false)
  }

  @Test func timelineListsThe16thAnd18thBirthdays() throws {
    let all = try RightHolder.timeline(birthDate: d("2010-03-15"), from: d("2020-01-01"), to: d("2030-01-01"))
    #expect(all.map(\.on) == [d("2026-03-15"), d("2028-03-15")])
    #expect(all.map(\.age) == [16, 18])
    #expect(all[0].rights.count == 8)
    #expect(all[0].rights.first { $0.right == .access }?.holders == [.student])
    #expect(all[1].rights.map(\.right) == [.results])
    #expect(all[1].rights[0].parentsWithStudentConsent)
    let inclusive = try RightHolder.timeline(birthDate: d("2010-03-15"), from: d("2026-03-15"), to: d("2028-03-15"))
    #expect(inclusive.count == 2)
    let none = try RightHolder.timeline(birthDate: d("2010-03-15"), from: d("2026-03-16"), to: d("2028-03-14"))
    #expect(none.isEmpty)
    let leap = try RightHolder.timeline(birthDate: d("2008-02-29"), from: d("2020-01-01"), to: d("2030-01-01"), convention: .february28)
    #expect(leap.map(\.on) == [d("2024-02-29"), d("2026-02-28")])
  }

  @Test func timelineRefusesReversedRange() {
    #expect(throws: RuleError(field: "to", reason: "the end date 2020-01-01 is before the start date 2021-01-01")) {
      try RightHolder.timeline(birthDate: d("2010-03-15"), from: d("2021-01-01"), to: d("2020-01-01"))
    }
  }

  @Test func wireNames() {
    #expect(Right.allCases.map(\.rawValue) == ["access", "rectification", "erasure", "restriction", "objection", "portability", "consent", "results"])
    #expect(Requester.allCases.map(\.rawValue) == ["student", "parent", "guardian", "parentWithoutAuthority", "caregiver", "curator"])
    #expect(Holder.allCases.map(\.rawValue) == ["parents", "student"])
  }
}
