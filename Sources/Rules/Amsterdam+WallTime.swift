import Wording

/// Reading an instant as the school writes it: with an offset it is exact; without one it is
/// Europe/Amsterdam wall time (the school's clock, issue 16 §3). At a DST change avgd never guesses:
/// a wall time skipped in spring (last Sunday of March, 02:00–03:00) or lived twice in autumn
/// (last Sunday of October, 02:00–03:00) is refused with both readings spelt out, because an
/// hour's difference can move a deadline (AVG art. 33(1) counts 72 hours from awareness).
extension Amsterdam {
  /// An RFC 3339 instant; without an offset, the Amsterdam wall time (refused in a DST gap or fold).
  public static func parseInstant(_ text: String) throws(DateFormatError) -> Instant {
    let t = try Instant.wallClock(text)
    if let offset = t.offset {
      return Instant(
        date: t.date, hour: t.hour, minute: t.minute, second: t.second, nanosecond: t.nanosecond,
        utcOffsetSeconds: offset)
    }
    return try wallTime(t, text: text)
  }

  /// The one instant of an Amsterdam wall time, or a plain-words refusal naming both offsets.
  static func wallTime(_ t: WallClockTime, text: String) throws(DateFormatError) -> Instant {
    func at(_ offset: Int) -> Instant {
      Instant(
        date: t.date, hour: t.hour, minute: t.minute, second: t.second, nanosecond: t.nanosecond,
        utcOffsetSeconds: offset)
    }
    let winter = at(standardOffsetSeconds), summer = at(summerOffsetSeconds)
    let winterFits = utcOffsetSeconds(at: winter) == standardOffsetSeconds
    let summerFits = utcOffsetSeconds(at: summer) == summerOffsetSeconds
    switch (winterFits, summerFits) {
    case (true, false): return winter
    case (false, true): return summer
    case (true, true):
      throw DateFormatError(reason: Texts.Dates.wallTimeTwice(text))
    case (false, false):
      throw DateFormatError(reason: Texts.Dates.wallTimeSkipped(text, winter: format(winter), summer: format(summer)))
    }
  }
}
