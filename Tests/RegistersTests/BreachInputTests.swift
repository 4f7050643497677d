import JSON
import Registers
import Rules
import Testing

/// Bad input is refused with the field named (-32602), a closed record with 1002, and the
/// art. 34 audience follows the age rules (rules.md §3.4, decision 34).
@Suite(.inEnglish) struct BreachInputTests {
  static let instants: [(text: String, ok: Bool)] = [
    ("2026-11-27T16:30:00", true), ("2026-11-27 16:30:00+01:00", false), ("2026-11-27T16:30:00+01:00", true),
    ("2026-11-27T15:30:00Z", true), ("2026-03-29T02:30:00", false), ("2026-10-25T02:30:00", false),
  ]

  @Test(arguments: instants) func instantsWithOrWithoutOffset(_ c: (text: String, ok: Bool)) {
    let e = registerError { () throws(RegisterError) in _ = try Breaches.instant(c.text, field: "awareAt") }
    if c.ok { #expect(e == nil) } else {
      guard case .invalid("awareAt", _)? = e else { Issue.record("\(c.text): \(String(describing: e))"); return }
    }
  }

  static let ranges: [(min: Int, max: Int, field: String?)] = [
    (0, 0, nil), (30, 32, nil), (-1, 3, "subjectsAffected.min"), (3, -1, "subjectsAffected.max"), (5, 4, "subjectsAffected.max"),
  ]

  @Test(arguments: ranges) func countRanges(_ c: (min: Int, max: Int, field: String?)) {
    let e = registerError { () throws(RegisterError) in _ = try CountRange(min: c.min, max: c.max, field: "subjectsAffected") }
    if let field = c.field {
      guard case .invalid(let f, _)? = e else { Issue.record("no error"); return }
      #expect(f == field)
    } else { #expect(e == nil) }
  }

  @Test func unknownEnumValues() {
    let e = registerError { () throws(RegisterError) in _ = try Breaches.choice("leak", BreachKind.self, field: "kind") }
    #expect(e == .invalid("kind", "unknown value \"leak\"; expected one of: securityIncident, dataBreach, nearMiss"))
    #expect(registerError { () throws(RegisterError) in _ = try Breaches.choice("high", RiskLevel.self, field: "risk") } == nil)
  }

  @Test func assessingAClosedRecordIsRefused() throws {
    var b = Bench()
    let id = try b.registered(.nearMiss, awareAt: "2026-11-27T16:30:00+01:00")
    try b.run { r throws(RegisterError) in try Breaches.close(id: id, closedAt: t("2026-11-28T10:00:00+01:00"), lessonsLearned: "lock the cupboard", in: r) }
    let e = registerError { () throws(RegisterError) in _ = try b.assessed(id, .risk) }
    #expect(e == .transition(action: "assess", status: "closed", allowed: ["correct"]))
    #expect(registerError { () throws(RegisterError) in _ = try b.assessed("D-2026-0099", .risk) } == .notFound(register: "breaches", id: "D-2026-0099"))
  }

  @Test func registrationRefusesImpossibleTimelines() {
    let b = Bench()
    let input = BreachRegistration(kind: .dataBreach, summary: "x", awareAt: t("2026-11-27T16:30:00+01:00"), occurredAt: t("2026-11-28T10:00:00+01:00"))
    let e = registerError { () throws(RegisterError) in _ = try Breaches.register(input, in: b.register, now: t(b.now), by: "fg") }
    guard case .invalid("occurredAt", _)? = e else { Issue.record("got \(String(describing: e))"); return }
  }

  static let audiences: [(birth: String, legalRepresentatives: Int, students: Int, parents: Int)] = [
    ("2011-06-01", 1, 0, 0),  // 15 on 2026-11-29: the legal representatives
    ("2009-06-01", 0, 1, 1),  // 17: the student, and the parents are informed
    ("2008-11-29", 0, 1, 0),  // 18 that very day: the student alone
    ("2010-11-29", 0, 1, 1),  // 16 that very day
  ]

  @Test(arguments: audiences) func notificationAudience(_ c: (birth: String, legalRepresentatives: Int, students: Int, parents: Int)) throws {
    let a = try NotificationAudience.forStudents(birthDates: [d(c.birth)], on: d("2026-11-29"))
    #expect(a.legalRepresentatives == c.legalRepresentatives)
    #expect(a.students == c.students)
    #expect(a.parentsInformed == c.parents)
  }

  @Test func notifyingAFifteenAndSeventeenYearOldIsRecordedAsCounts() throws {
    var b = Bench()
    let id = try b.registered(awareAt: "2026-11-27T16:30:00+01:00")
    let rec = try b.run { r throws(RegisterError) in
      try Breaches.notifySubjects(
        id: id, notifiedAt: t("2026-11-29T09:30:00+01:00"), channel: "letter", content: notice, audience: NotificationAudience(),
        studentBirthDates: [d("2011-06-01"), d("2009-06-01")], in: r)
    }
    let audience = rec["notifications"]?.arrayValue?.first?["audience"]
    #expect(audience == ["legalRepresentatives": 1, "students": 1, "parentsInformed": 1, "others": 0])
    let future = registerError { () throws(RegisterError) in
      _ = try NotificationAudience.forStudents(birthDates: [d("2011-06-01"), d("2027-01-01")], on: d("2026-11-29"))
    }
    guard case .invalid("studentBirthDates[1]", _)? = future else { Issue.record("got \(String(describing: future))"); return }
  }
}
