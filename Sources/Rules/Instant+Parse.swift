import Wording

extension Instant {
  /// Reads an RFC 3339 date-time **with its offset**: `2026-03-14T23:30:00Z`,
  /// `2026-10-24T10:00:00+02:00`, `2026-03-27T10:15:00.250+01:00`.
  ///
  /// The offset is required: without it the moment is ambiguous and the Amsterdam date (which
  /// decides ages and deadlines) could be a day off, so avgd refuses rather than guesses.
  /// Accepts `T`/`t`, `Z`/`z`, 1–9 fractional digits; refuses leap second 60 and out-of-range parts.
  public static func parse(_ text: String) throws(DateFormatError) -> Instant {
    let t = try wallClock(text)
    guard let offset = t.offset else {
      throw DateFormatError(reason: Texts.Dates.needsOffset(text))
    }
    return Instant(
      date: t.date, hour: t.hour, minute: t.minute, second: t.second, nanosecond: t.nanosecond,
      utcOffsetSeconds: offset)
  }

  /// The parts of an RFC 3339 date-time whose offset may be missing (`offset == nil`): the one
  /// syntax check behind both `parse` and `Amsterdam.parseInstant`, so both refuse the same texts
  /// with the same reasons and keep the same 1–9 fractional digits exactly (no rounding).
  static func wallClock(_ text: String) throws(DateFormatError) -> WallClockTime {
    let b = Array(text.utf8)
    let shape = Texts.Dates.notAnInstant(text)
    guard b.count >= 19, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
      b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
      let hour = CivilDate.digits(b, 11, 2), let minute = CivilDate.digits(b, 14, 2),
      let second = CivilDate.digits(b, 17, 2)
    else { throw DateFormatError(reason: shape) }
    let date: CivilDate
    do {
      date = try CivilDate.parse(String(decoding: b[0..<10], as: UTF8.self))
    } catch {
      throw DateFormatError(reason: "'\(text)': \(error.reason)")
    }
    guard hour <= 23, minute <= 59 else {
      throw DateFormatError(reason: Texts.Dates.noSuchTime(text, hour, minute))
    }
    guard second <= 59 else {
      throw DateFormatError(reason: Texts.Dates.noLeapSecond(text))
    }
    var i = 19
    var nanos = 0
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      let start = i
      while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
      let count = i - start
      guard (1...9).contains(count), let value = CivilDate.digits(b, start, count) else {
        throw DateFormatError(reason: Texts.Dates.fractionDigits(text))
      }
      nanos = value
      for _ in count..<9 { nanos *= 10 }
    }
    guard i < b.count else {
      return WallClockTime(date: date, hour: hour, minute: minute, second: second, nanosecond: nanos, offset: nil)
    }
    let offset: Int
    if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
      guard i + 1 == b.count else { throw DateFormatError(reason: shape) }
      offset = 0
    } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
      guard i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"),
        let oh = CivilDate.digits(b, i + 1, 2), let om = CivilDate.digits(b, i + 4, 2)
      else {
        throw DateFormatError(reason: Texts.Dates.offsetShape(text))
      }
      guard oh <= 23, om <= 59 else {
        throw DateFormatError(reason: Texts.Dates.offsetRange(text, oh, om))
      }
      offset = (b[i] == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
    } else {
      throw DateFormatError(reason: shape)
    }
    return WallClockTime(date: date, hour: hour, minute: minute, second: second, nanosecond: nanos, offset: offset)
  }
}
