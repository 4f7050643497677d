/// Europe/Amsterdam civil time, computed from the EU summer-time rule rather than read from
/// /usr/share/zoneinfo, so every machine gives identical answers.
///
/// Dates for ages and deadlines are Amsterdam dates (Dutch law and Dutch holidays apply; see
/// rules.md §1.4 and decision 1). The model:
/// - standard time CET, UTC+01:00, all year before 1977 (a simplification: Amsterdam time before
///   1940 and war-time German time are not modelled);
/// - summer time CEST, UTC+02:00, between two switches at 01:00 UTC (EU Directive 2000/84/EC and
///   its predecessors): 1977–1980 from the first Sunday of April; from 1981 the last Sunday of
///   March; until the last Sunday of September 1977 and 1979–1995, 1 October in 1978, and the last
///   Sunday of October from 1996 onward.
/// The rule is assumed to continue unchanged after today; exact from 1977 onward.
public enum Amsterdam {
  /// Standard time, CET: +01:00.
  public static let standardOffsetSeconds = 3600
  /// Summer time, CEST: +02:00.
  public static let summerOffsetSeconds = 7200

  /// The UTC offset in force at `instant`: 3600 (CET) or 7200 (CEST).
  public static func utcOffsetSeconds(at instant: Instant) -> Int {
    let t = instant.secondsSinceEpoch
    guard let (start, end) = summerTime(inYear: instant.utcDate.year) else { return standardOffsetSeconds }
    return t >= start.secondsSinceEpoch && t < end.secondsSinceEpoch ? summerOffsetSeconds : standardOffsetSeconds
  }

  /// The instants summer time starts and ends in `year` (both at 01:00 UTC), or `nil` before 1977.
  public static func summerTime(inYear year: Int) -> (start: Instant, end: Instant)? {
    guard year >= 1977 else { return nil }
    let start = year <= 1980 ? firstSunday(year: year, month: 4) : lastSunday(year: year, month: 3)
    let end: CivilDate
    if year == 1978 {
      end = CivilDate(validYear: 1978, month: 10, day: 1)
    } else {
      end = lastSunday(year: year, month: year <= 1995 ? 9 : 10)
    }
    return (at0100UTC(start), at0100UTC(end))
  }

  /// The Amsterdam calendar date of `instant` (2026-03-14T23:30:00Z → 2026-03-15).
  public static func date(of instant: Instant) -> CivilDate {
    localParts(instant).date
  }

  /// The first instant of `date` in Amsterdam: 00:00:00 local (midnight always exists there,
  /// since the EU switches happen at 02:00/03:00 local).
  public static func startOfDay(_ date: CivilDate) -> Instant {
    instant(date: date, hour: 0, minute: 0, second: 0)
  }

  /// The end of `date` in Amsterdam as it is published: 23:59:59 local (whole seconds on the wire).
  ///
  /// Reg. 1182/71 art. 3(2)(c) ends a period "at the expiry of the last hour" of the day; avgd
  /// reports the last whole second, so anything strictly before the next day's 00:00 is in time.
  public static func endOfDay(_ date: CivilDate) -> Instant {
    instant(date: date, hour: 23, minute: 59, second: 59)
  }

  /// The instant of a local Amsterdam wall-clock time. In the autumn hour that occurs twice the
  /// first (summer-time) occurrence is taken; a time skipped in spring is read with the winter
  /// offset (so 02:30 on the spring-forward day becomes 03:30 CEST).
  public static func instant(date: CivilDate, hour: Int, minute: Int, second: Int) -> Instant {
    let summer = Instant(date: date, hour: hour, minute: minute, second: second, utcOffsetSeconds: summerOffsetSeconds)
    if utcOffsetSeconds(at: summer) == summerOffsetSeconds { return summer }
    return Instant(date: date, hour: hour, minute: minute, second: second, utcOffsetSeconds: standardOffsetSeconds)
  }

  /// RFC 3339 text with the Amsterdam offset, e.g. `2026-10-27T09:00:00+01:00`; fractional
  /// seconds appear only when nonzero.
  public static func format(_ instant: Instant) -> String {
    Instant.rfc3339(instant, offsetSeconds: utcOffsetSeconds(at: instant))
  }

  /// The local date and seconds since local midnight.
  static func localParts(_ instant: Instant) -> (date: CivilDate, secondOfDay: Int) {
    let local = instant.secondsSinceEpoch + Int64(utcOffsetSeconds(at: instant))
    let days = Instant.floorDiv(local, 86_400)
    return (CivilDate(daysSinceEpoch: Int(days)), Int(local - days * 86_400))
  }

  static func at0100UTC(_ date: CivilDate) -> Instant {
    Instant(date: date, hour: 1, minute: 0, second: 0, utcOffsetSeconds: 0)
  }

  static func lastSunday(year: Int, month: Int) -> CivilDate {
    let last = CivilDate(validYear: year, month: month, day: CivilDate.daysIn(month: month, year: year))
    return last.adding(days: -(last.weekday % 7))
  }

  static func firstSunday(year: Int, month: Int) -> CivilDate {
    let first = CivilDate(validYear: year, month: month, day: 1)
    return first.adding(days: (7 - first.weekday) % 7)
  }
}
