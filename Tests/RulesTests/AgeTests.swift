import Testing

@testable import Rules

@Suite struct AgeTests {
  /// rules.md §1.6 and more: (birth, date, age with march1, age with february28).
  @Test(arguments: [
    ("2010-03-15", "2026-03-14", 15, 15), ("2010-03-15", "2026-03-15", 16, 16),
    ("2008-02-29", "2026-02-28", 17, 18), ("2008-02-29", "2026-03-01", 18, 18),
    ("2012-02-29", "2028-02-29", 16, 16), ("2012-02-29", "2028-02-28", 15, 15),
    ("2008-02-29", "2026-02-27", 17, 17), ("2010-03-15", "2010-03-15", 0, 0),
    ("2010-12-31", "2026-12-31", 16, 16), ("2010-12-31", "2026-12-30", 15, 15),
    ("2010-01-01", "2027-12-31", 17, 17), ("2000-02-29", "2001-02-28", 0, 1),
    ("2000-02-29", "2001-03-01", 1, 1), ("1960-06-15", "2026-06-14", 65, 65),
  ])
  func ages(birth: String, on: String, march1: Int, february28: Int) {
    #expect(age(birthDate: d(birth), on: d(on)) == march1)
    #expect(age(birthDate: d(birth), on: d(on), convention: .march1) == march1)
    #expect(age(birthDate: d(birth), on: d(on), convention: .february28) == february28)
  }

  @Test func instantNearMidnightUsesTheAmsterdamDate() {
    let on = Amsterdam.date(of: t("2026-03-14T23:30:00Z"))
    #expect(on == d("2026-03-15"))
    #expect(age(birthDate: d("2010-03-15"), on: on) == 16)
    #expect(age(birthDate: d("2010-03-15"), on: t("2026-03-14T23:30:00Z").utcDate) == 15)
  }

  @Test(arguments: [
    ("2008-02-29", 18, LeapDayConvention.march1, "2026-03-01"),
    ("2008-02-29", 18, LeapDayConvention.february28, "2026-02-28"),
    ("2008-02-29", 20, LeapDayConvention.march1, "2028-02-29"),
    ("2008-02-29", 20, LeapDayConvention.february28, "2028-02-29"),
    ("2010-03-15", 16, LeapDayConvention.march1, "2026-03-15"),
    ("2096-02-29", 4, LeapDayConvention.march1, "2100-03-01"),
  ])
  func anniversaries(birth: String, years: Int, convention: LeapDayConvention, expected: String) {
    #expect(anniversary(of: d(birth), years: years, convention: convention) == d(expected))
  }

  @Test func birthAfterDateIsNegative() {
    #expect(age(birthDate: d("2026-05-01"), on: d("2026-03-01")) == -1)
  }

  @Test func conventionsHaveWireNames() {
    #expect(LeapDayConvention.default == .march1)
    #expect(LeapDayConvention(rawValue: "february28") == .february28)
    #expect(LeapDayConvention.allCases.map(\.rawValue) == ["march1", "february28"])
  }
}
