import Testing

@testable import Rules

@Suite(.inEnglish) struct DeadlinesTests {
  /// rules.md §2.2 table (first seven rows) and more, each column checked; the extra rows were
  /// cross-checked with python-dateutil (relativedelta months) and an independent holiday list.
  /// Columns: received, base 1 month, legal due, base 3 months, legal extended due, chained 1m+2m.
  @Test(arguments: [
    ("2026-03-05", "2026-04-05", "2026-04-07", "2026-06-05", "2026-06-05", "2026-06-05"),
    ("2026-01-31", "2026-02-28", "2026-03-02", "2026-04-30", "2026-04-30", "2026-04-28"),
    ("2028-01-31", "2028-02-29", "2028-02-29", "2028-04-30", "2028-05-01", "2028-04-29"),
    ("2026-05-31", "2026-06-30", "2026-06-30", "2026-08-31", "2026-08-31", "2026-08-30"),
    ("2026-02-28", "2026-03-28", "2026-03-30", "2026-05-28", "2026-05-28", "2026-05-28"),
    ("2026-04-30", "2026-05-30", "2026-06-01", "2026-07-30", "2026-07-30", "2026-07-30"),
    ("2026-11-26", "2026-12-26", "2026-12-28", "2027-02-26", "2027-02-26", "2027-02-26"),
    ("2026-11-30", "2026-12-30", "2026-12-30", "2027-02-28", "2027-03-01", "2027-02-28"),
    ("2026-03-27", "2026-04-27", "2026-04-28", "2026-06-27", "2026-06-29", "2026-06-27"),
    ("2026-04-14", "2026-05-14", "2026-05-15", "2026-07-14", "2026-07-14", "2026-07-14"),
    ("2026-04-25", "2026-05-25", "2026-05-26", "2026-07-25", "2026-07-27", "2026-07-25"),
    ("2026-12-01", "2027-01-01", "2027-01-04", "2027-03-01", "2027-03-01", "2027-03-01"),
    ("2027-02-28", "2027-03-28", "2027-03-30", "2027-05-28", "2027-05-28", "2027-05-28"),
    ("2026-10-31", "2026-11-30", "2026-11-30", "2027-01-31", "2027-02-01", "2027-01-30"),
    ("2025-11-30", "2025-12-30", "2025-12-30", "2026-02-28", "2026-03-02", "2026-02-28"),
    ("2027-01-26", "2027-02-26", "2027-02-26", "2027-04-26", "2027-04-26", "2027-04-26"),
    ("2026-02-03", "2026-03-03", "2026-03-03", "2026-05-03", "2026-05-04", "2026-05-03"),
    ("2026-07-31", "2026-08-31", "2026-08-31", "2026-10-31", "2026-11-02", "2026-10-31"),
    ("2026-08-31", "2026-09-30", "2026-09-30", "2026-11-30", "2026-11-30", "2026-11-30"),
    ("2029-01-31", "2029-02-28", "2029-02-28", "2029-04-30", "2029-04-30", "2029-04-28"),
  ])
  func requestVectors(
    received: String, base: String, due: String, extBase: String, extDue: String, chained: String
  ) throws {
    let r = try Deadlines.request(receivedOn: d(received))
    #expect(r.receivedOn == d(received))
    #expect(r.baseDueOn == d(base))
    #expect(r.dueOn == d(due))
    #expect(r.extendedBaseDueOn == d(extBase))
    #expect(r.extendedDueOn == d(extDue))
    #expect(r.chainedExtendedDueOn == d(chained))
    #expect(r.chainedIsEarlier == (d(chained) < d(extBase)))
    #expect(r.dueBy == Amsterdam.endOfDay(d(due)))
    #expect(r.extendedDueBy == Amsterdam.endOfDay(d(extDue)))
    #expect(r.rolledOver.count == d(base).days(until: d(due)))
    #expect(r.extendedRolledOver.count == d(extBase).days(until: d(extDue)))
  }

  @Test func dueByIsTheEndOfTheDayInAmsterdam() throws {
    let spring = try Deadlines.request(receivedOn: d("2026-03-05"))
    #expect(Amsterdam.format(spring.dueBy) == "2026-04-07T23:59:59+02:00")
    let winter = try Deadlines.request(receivedOn: d("2026-01-31"))
    #expect(Amsterdam.format(winter.dueBy) == "2026-03-02T23:59:59+01:00")
    #expect(Amsterdam.format(winter.extendedDueBy) == "2026-04-30T23:59:59+02:00")
  }

  @Test func rolledOverReasonsNameTheDays() throws {
    let r = try Deadlines.request(receivedOn: d("2026-03-05"))
    #expect(r.rolledOver.map(\.reason) == [
      "2026-04-05 is a Sunday", "2026-04-06 is Easter Monday (Tweede Paasdag)",
    ])
    #expect(r.extendedRolledOver.isEmpty)
    let xmas = try Deadlines.request(receivedOn: d("2026-11-26"))
    #expect(xmas.rolledOver.map(\.date) == [d("2026-12-26"), d("2026-12-27")])
    #expect(xmas.rolledOver.first?.holidays.map(\.key) == ["boxingDay"])
  }

  @Test(arguments: [
    ("2026-03-14T23:30:00Z", "2026-03-15", "2026-04-15"),
    ("2026-03-14T22:59:59Z", "2026-03-14", "2026-04-14"),
    ("2026-07-31T22:30:00Z", "2026-08-01", "2026-09-01"),
    ("2026-01-30T23:00:00Z", "2026-01-31", "2026-03-02"),
  ])
  func receivedAtUsesTheAmsterdamDate(at: String, receivedOn: String, due: String) throws {
    let r = try Deadlines.request(receivedAt: t(at))
    #expect(r.receivedOn == d(receivedOn))
    #expect(r.dueOn == d(due))
  }

  @Test func outOfRangeYearsAreErrors() {
    #expect(throws: RuleError.self) { try Deadlines.request(receivedOn: d("2200-11-15")) }
    #expect {
      try Deadlines.request(receivedOn: d("2200-10-15"))
    } throws: { ($0 as? RuleError)?.field == "receivedOn" }
    #expect {
      try Deadlines.request(receivedAt: t("2200-10-15T12:00:00Z"))
    } throws: { ($0 as? RuleError)?.field == "receivedAt" }
    #expect(throws: RuleError.self) { try Deadlines.request(receivedOn: d("1899-12-31")) }
  }

  /// rules.md §3.2 vectors and more: exactly 72 elapsed hours, shown in the Amsterdam offset.
  @Test(arguments: [
    ("2026-03-27T10:15:00+01:00", "2026-03-30T11:15:00+02:00"),
    ("2026-10-23T10:15:00+02:00", "2026-10-26T09:15:00+01:00"),
    ("2026-10-24T10:00:00+02:00", "2026-10-27T09:00:00+01:00"),
    ("2026-03-28T09:00:00+01:00", "2026-03-31T10:00:00+02:00"),
    ("2026-12-24T16:00:00+01:00", "2026-12-27T16:00:00+01:00"),
    ("2026-04-03T08:00:00Z", "2026-04-06T10:00:00+02:00"),
    ("2026-06-01T12:00:00.5Z", "2026-06-04T14:00:00.500+02:00"),
    ("2026-07-01T09:00:00-04:00", "2026-07-04T15:00:00+02:00"),
  ])
  func breach(aware: String, reportBy: String) {
    let due = Deadlines.breach(awareAt: t(aware))
    #expect(Amsterdam.format(due) == reportBy)
    #expect(due.secondsSinceEpoch - t(aware).secondsSinceEpoch == 259_200)
  }
}
