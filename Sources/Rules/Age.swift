/// The date on which a person born on `birthDate` completes `years` years: the same month and
/// day, except that 29 February becomes 1 March or 28 February in a non-leap year (`convention`).
///
/// Age changes at 00:00 Europe/Amsterdam on this date (rules.md decision 2), which matters for
/// the 16 of UAVG art. 5(1) and the 18 of BW 1:233.
public func anniversary(
  of birthDate: CivilDate, years: Int, convention: LeapDayConvention = .default
) -> CivilDate {
  let year = birthDate.year + years
  if birthDate.month == 2, birthDate.day == 29, !CivilDate.isLeapYear(year) {
    switch convention {
    case .march1: return CivilDate(validYear: year, month: 3, day: 1)
    case .february28: return CivilDate(validYear: year, month: 2, day: 28)
    }
  }
  return CivilDate(validYear: year, month: birthDate.month, day: birthDate.day)
}

/// The age in whole years on `date`: the largest n with `anniversary(of:years: n) <= date`.
///
/// Pure and total: a `date` before `birthDate` gives a negative number, so callers that must
/// refuse it (`RightHolder.resolve`) check first. Examples (rules.md §1.6): born 2010-03-15 is 15
/// on 2026-03-14 and 16 on 2026-03-15; born 2008-02-29 is 17 on 2026-02-28 with `march1`
/// and 18 with `february28`.
public func age(
  birthDate: CivilDate, on date: CivilDate, convention: LeapDayConvention = .default
) -> Int {
  var n = date.year - birthDate.year
  if anniversary(of: birthDate, years: n, convention: convention) > date { n -= 1 }
  return n
}
