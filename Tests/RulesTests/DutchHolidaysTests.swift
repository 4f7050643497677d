import Testing

@testable import Rules

@Suite(.inEnglish) struct DutchHolidaysTests {
  @Test func holidays2026() throws {
    let list = try DutchHolidays.holidays(in: 2026)
    #expect(list.map(\.date.description) == [
      "2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14",
      "2026-05-25", "2026-12-25", "2026-12-26",
    ])
    #expect(list.map(\.key) == [
      "newYearsDay", "goodFriday", "easterMonday", "kingsDay", "liberationDay", "ascensionDay",
      "whitMonday", "christmasDay", "boxingDay",
    ])
    #expect(list[3].nameDutch == "Koningsdag")
    #expect(list[3].nameEnglish == "King's Day")
    #expect(list[2].description == "Easter Monday (Tweede Paasdag)")
  }

  @Test(arguments: [
    (2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-04-27", "2024-05-05", "2024-05-09", "2024-05-20", "2024-12-25", "2024-12-26"]),
    (2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26"]),
    (2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26"]),
    (2028, ["2028-01-01", "2028-04-14", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26"]),
    (2016, ["2016-01-01", "2016-03-25", "2016-03-28", "2016-04-27", "2016-05-05", "2016-05-05", "2016-05-16", "2016-12-25", "2016-12-26"]),
  ])
  func wholeYears(year: Int, expected: [String]) throws {
    #expect(try DutchHolidays.holidays(in: year).map(\.date.description) == expected)
  }

  @Test(arguments: [
    (2025, "2025-04-26"), (2031, "2031-04-26"), (2036, "2036-04-26"), (2014, "2014-04-26"),
    (2026, "2026-04-27"), (2030, "2030-04-27"), (2032, "2032-04-27"), (2042, "2042-04-26"),
  ])
  func kingsDayMovesFromSunday(year: Int, expected: String) throws {
    let kingsDay = try #require(try DutchHolidays.holidays(in: year).first { $0.key == "kingsDay" })
    #expect(kingsDay.date == d(expected))
    #expect(kingsDay.date.weekday != 7)
  }

  @Test(arguments: [1899, 2201, 0, -5, 10000])
  func refusesYearsOutsideRange(year: Int) {
    #expect(throws: RuleError(field: "year", reason: "year \(year) is outside the supported range 1900–2200 for Dutch public holidays")) {
      try DutchHolidays.holidays(in: year)
    }
  }

  @Test func rangeEdgesWork() throws {
    #expect(try DutchHolidays.holidays(in: 1900).count == 9)
    #expect(try DutchHolidays.holidays(in: 2200).count == 9)
    #expect(try DutchHolidays.holidays(in: 2200).first?.date == d("2200-01-01"))
  }

  @Test(arguments: [
    ("2026-04-06", true, false), ("2026-04-03", true, false), ("2026-05-05", true, false),
    ("2026-04-04", false, false), ("2026-04-07", false, true), ("2026-12-24", false, true),
    ("2026-12-26", true, false), ("2026-05-15", false, true), ("2026-04-05", false, false),
  ])
  func classification(date: String, holiday: Bool, working: Bool) throws {
    #expect(try DutchHolidays.isHoliday(d(date)) == holiday)
    #expect(try DutchHolidays.isWorkingDay(d(date)) == working)
  }

  @Test(arguments: [
    ("2026-04-03", "2026-04-07"),  // Good Friday, Sat, Easter Sunday, Easter Monday
    ("2026-12-25", "2026-12-28"),  // Christmas Fri, Boxing Day Sat, Sun
    ("2027-12-24", "2027-12-24"),  // Fri is a working day
    ("2027-12-25", "2027-12-27"),  // Christmas Sat, Boxing Day Sun
    ("2022-12-24", "2022-12-27"),  // Sat, Christmas Sun, Boxing Day Mon
    ("2026-05-14", "2026-05-15"),  // Ascension Thursday → Friday
    ("2026-05-23", "2026-05-26"),  // Sat, Whit Sunday, Whit Monday
    ("2025-04-26", "2025-04-28"),  // King's Day Sat, Sun
    ("2027-04-27", "2027-04-28"),
    ("2026-12-31", "2026-12-31"),
    ("2027-01-01", "2027-01-04"),  // New Year Fri, weekend
    ("2200-12-31", "2200-12-31"),
  ])
  func nextWorkingDay(from: String, expected: String) throws {
    #expect(try DutchHolidays.nextWorkingDay(onOrAfter: d(from)) == d(expected))
  }

  @Test func workingDaysOutsideRangeThrow() {
    #expect(throws: RuleError.self) { try DutchHolidays.nextWorkingDay(onOrAfter: d("2201-01-02")) }
    #expect(throws: RuleError.self) { try DutchHolidays.isWorkingDay(d("1899-12-29")) }
    #expect(throws: Never.self) { try DutchHolidays.isWorkingDay(d("2200-12-27")) }
  }

  @Test func rollForwardExplainsEachSkippedDay() throws {
    let r = try DutchHolidays.rollForward(d("2026-12-26"))
    #expect(r.date == d("2026-12-28"))
    #expect(r.skipped.map(\.reason) == [
      "2026-12-26 is a Saturday and Boxing Day (Tweede Kerstdag)", "2026-12-27 is a Sunday",
    ])
  }

  @Test func tableIsData() {
    #expect(DutchHolidays.table.count == 9)
    #expect(DutchHolidays.table.contains { $0.rule == .fixed(month: 5, day: 5) })
    #expect(HolidayRule.fixedMovedFromSunday(month: 4, day: 27, days: -1).date(in: 2031) == d("2031-04-26"))
    #expect(HolidayRule.easterOffset(days: 39).date(in: 2026) == d("2026-05-14"))
  }
}
