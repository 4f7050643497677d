import Testing

@testable import Rules

@Suite(.inEnglish) struct CivilDateTests {
  @Test(arguments: [
    ("2026-03-15", 2026, 3, 15), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
    ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31), ("1970-01-01", 1970, 1, 1),
  ])
  func parsesValidDates(text: String, year: Int, month: Int, day: Int) throws {
    let date = try CivilDate.parse(text)
    #expect(date == CivilDate(year: year, month: month, day: day))
    #expect(date.description == text)
  }

  @Test(arguments: [
    ("2026-02-30", "does not exist"), ("2025-02-29", "February 2025 has 28 days"),
    ("1900-02-29", "February 1900 has 28 days"), ("2026-04-31", "April 2026 has 30 days"),
    ("2026-3-1", "YYYY-MM-DD"), ("26-03-01", "YYYY-MM-DD"), ("2026/03/01", "YYYY-MM-DD"),
    ("2026-13-01", "month 13"), ("2026-00-10", "month 0"), ("2026-01-00", "January 2026 has 31 days"),
    ("0000-01-01", "year 0000"), ("", "YYYY-MM-DD"), ("2026-03-15T00:00:00Z", "YYYY-MM-DD"),
    (" 2026-03-15", "YYYY-MM-DD"), ("2026-03-1x", "YYYY-MM-DD"), ("２０２６-03-15", "YYYY-MM-DD"),
  ])
  func rejectsBadDates(text: String, reasonContains: String) {
    #expect {
      _ = try CivilDate.parse(text)
    } throws: { error in
      (error as? DateFormatError)?.reason.contains(reasonContains) == true
    }
  }

  @Test func initValidates() {
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
    #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
    #expect(CivilDate(year: 10000, month: 1, day: 1) == nil)
  }

  @Test(arguments: [
    ("1970-01-01", 4), ("2026-03-14", 6), ("2026-03-15", 7), ("2026-03-16", 1), ("2000-01-01", 6),
    ("1900-01-01", 1), ("2200-12-31", 3), ("1969-12-31", 3), ("2026-12-26", 6), ("2028-02-29", 2),
  ])
  func weekday(text: String, iso: Int) {
    #expect(d(text).weekday == iso)
  }

  @Test(arguments: [(1900, false), (2000, true), (2024, true), (2026, false), (2100, false), (2400, true), (2028, true)])
  func leapYears(year: Int, leap: Bool) {
    #expect(CivilDate.isLeapYear(year) == leap)
    #expect(d("\(year)-06-01").isLeapYear == leap)
  }

  @Test(arguments: [
    ("2026-01-31", 1, "2026-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2026-03-31", 1, "2026-04-30"),
    ("2026-05-31", 3, "2026-08-31"), ("2026-11-30", 3, "2027-02-28"), ("2026-12-15", 1, "2027-01-15"),
    ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -1, "2025-12-15"), ("2024-02-29", 12, "2025-02-28"),
    ("2026-08-31", 0, "2026-08-31"), ("2026-10-31", 16, "2028-02-29"), ("2026-02-28", 1, "2026-03-28"),
  ])
  func addingMonthsClamped(from: String, months: Int, expected: String) {
    #expect(d(from).addingMonthsClamped(months) == d(expected))
  }

  @Test(arguments: [
    ("2026-12-31", 1, "2027-01-01"), ("2028-02-28", 1, "2028-02-29"), ("2026-02-28", 1, "2026-03-01"),
    ("1970-01-01", -1, "1969-12-31"), ("2026-03-15", 365, "2027-03-15"), ("2000-02-28", 2, "2000-03-01"),
  ])
  func addingDays(from: String, days: Int, expected: String) {
    #expect(d(from).adding(days: days) == d(expected))
    #expect(d(from).days(until: d(expected)) == days)
  }

  @Test func roundTripsEveryDayOverCenturies() {
    var date = d("1899-12-25")
    let end = d("2201-01-05")
    var n = date.daysSinceEpoch
    while date < end {
      let next = date.adding(days: 1)
      #expect(next.daysSinceEpoch == n + 1)
      #expect(CivilDate(year: next.year, month: next.month, day: next.day) == next)
      date = next
      n += 1
    }
  }

  @Test func ordering() {
    #expect(d("2026-03-14") < d("2026-03-15"))
    #expect(d("2025-12-31") < d("2026-01-01"))
    #expect(d("2026-02-01") > d("2026-01-31"))
  }
}
