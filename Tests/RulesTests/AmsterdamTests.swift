import Testing

@testable import Rules

@Suite struct AmsterdamTests {
  /// Summer-time switches (UTC, at 01:00) as tzdata's Europe/Amsterdam gives them (checked with
  /// Python zoneinfo); avgd computes them from the EU rule without reading zoneinfo.
  @Test(arguments: [
    (1977, "1977-04-03", "1977-09-25"), (1978, "1978-04-02", "1978-10-01"),
    (1979, "1979-04-01", "1979-09-30"), (1980, "1980-04-06", "1980-09-28"),
    (1981, "1981-03-29", "1981-09-27"), (1995, "1995-03-26", "1995-09-24"),
    (1996, "1996-03-31", "1996-10-27"), (2000, "2000-03-26", "2000-10-29"),
    (2024, "2024-03-31", "2024-10-27"), (2025, "2025-03-30", "2025-10-26"),
    (2026, "2026-03-29", "2026-10-25"), (2027, "2027-03-28", "2027-10-31"),
    (2037, "2037-03-29", "2037-10-25"), (2100, "2100-03-28", "2100-10-31"),
  ])
  func summerTimeSwitches(year: Int, start: String, end: String) throws {
    let span = try #require(Amsterdam.summerTime(inYear: year))
    #expect(span.start == t("\(start)T01:00:00Z"))
    #expect(span.end == t("\(end)T01:00:00Z"))
    #expect(Amsterdam.utcOffsetSeconds(at: t("\(start)T00:59:59Z")) == 3600)
    #expect(Amsterdam.utcOffsetSeconds(at: t("\(start)T01:00:00Z")) == 7200)
    #expect(Amsterdam.utcOffsetSeconds(at: t("\(end)T00:59:59Z")) == 7200)
    #expect(Amsterdam.utcOffsetSeconds(at: t("\(end)T01:00:00Z")) == 3600)
  }

  @Test func noSummerTimeBefore1977() {
    #expect(Amsterdam.summerTime(inYear: 1976) == nil)
    #expect(Amsterdam.utcOffsetSeconds(at: t("1960-07-01T12:00:00Z")) == 3600)
    #expect(Amsterdam.format(t("1960-07-01T12:00:00Z")) == "1960-07-01T13:00:00+01:00")
  }

  @Test(arguments: [
    ("2026-03-14T23:30:00Z", "2026-03-15"), ("2026-03-14T22:59:59Z", "2026-03-14"),
    ("2026-03-14T23:00:00Z", "2026-03-15"), ("2026-07-14T21:59:59Z", "2026-07-14"),
    ("2026-07-14T22:00:00Z", "2026-07-15"), ("2026-12-31T23:00:00Z", "2027-01-01"),
    ("2026-03-15T00:30:00+01:00", "2026-03-15"), ("2026-03-15T01:30:00+05:00", "2026-03-14"),
    ("1969-12-31T23:30:00Z", "1970-01-01"),
  ])
  func dateOfInstant(text: String, expected: String) {
    #expect(Amsterdam.date(of: t(text)) == d(expected))
  }

  @Test(arguments: [
    ("2026-03-15", "2026-03-14T23:00:00Z", "2026-03-15T22:59:59Z"),
    ("2026-07-15", "2026-07-14T22:00:00Z", "2026-07-15T21:59:59Z"),
    ("2026-03-29", "2026-03-28T23:00:00Z", "2026-03-29T21:59:59Z"),  // 23-hour day
    ("2026-10-25", "2026-10-24T22:00:00Z", "2026-10-25T22:59:59Z"),  // 25-hour day
    ("2026-04-07", "2026-04-06T22:00:00Z", "2026-04-07T21:59:59Z"),
  ])
  func dayBounds(date: String, start: String, end: String) {
    #expect(Amsterdam.startOfDay(d(date)) == t(start))
    #expect(Amsterdam.endOfDay(d(date)) == t(end))
    #expect(Amsterdam.date(of: t(start)) == d(date))
    #expect(Amsterdam.date(of: t(end)) == d(date))
    #expect(Amsterdam.date(of: t(end).adding(seconds: 1)) == d(date).adding(days: 1))
  }

  @Test func wallClockGapAndOverlap() {
    // Spring: 02:30 does not exist on 2026-03-29; read with the winter offset → 03:30 CEST.
    #expect(Amsterdam.instant(date: d("2026-03-29"), hour: 2, minute: 30, second: 0) == t("2026-03-29T01:30:00Z"))
    // Autumn: 02:30 happens twice on 2026-10-25; the first (CEST) is taken.
    #expect(Amsterdam.instant(date: d("2026-10-25"), hour: 2, minute: 30, second: 0) == t("2026-10-25T00:30:00Z"))
  }

  @Test(arguments: [
    ("2026-10-27T08:00:00Z", "2026-10-27T09:00:00+01:00"),
    ("2026-10-24T08:00:00Z", "2026-10-24T10:00:00+02:00"),
    ("2026-03-29T00:59:59Z", "2026-03-29T01:59:59+01:00"),
    ("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00"),
    ("2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00"),
    ("2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00"),
    ("2026-03-14T23:30:00.25Z", "2026-03-15T00:30:00.250+01:00"),
    ("2026-12-31T23:00:00Z", "2027-01-01T00:00:00+01:00"),
  ])
  func formats(instant: String, expected: String) {
    #expect(Amsterdam.format(t(instant)) == expected)
    #expect(t(instant).rfc3339(inAmsterdam: true) == expected)
    #expect(t(expected) == t(instant))
  }
}
