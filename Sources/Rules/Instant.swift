/// An exact moment in time: whole seconds since 1970-01-01T00:00:00Z plus nanoseconds.
///
/// Kept as integers so no rounding ever moves a deadline: AVG art. 33(1) counts 72 hours from the
/// moment of awareness, and a request's receipt moment decides its Europe/Amsterdam date.
/// Leap seconds are not represented (POSIX time), like every common clock.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Whole seconds since the Unix epoch (negative before 1970).
  public let secondsSinceEpoch: Int64
  /// The fraction of the second, 0...999_999_999 nanoseconds.
  public let nanoseconds: Int32

  /// An instant from seconds and nanoseconds; nanoseconds outside 0..<1e9 carry into the seconds.
  public init(secondsSinceEpoch seconds: Int64, nanoseconds: Int64 = 0) {
    let carry = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
    self.secondsSinceEpoch = seconds + carry
    self.nanoseconds = Int32(nanoseconds - carry * 1_000_000_000)
  }

  /// The instant at a wall-clock time with a known UTC offset (e.g. +3600 for +01:00).
  public init(
    date: CivilDate, hour: Int, minute: Int, second: Int, nanosecond: Int = 0, utcOffsetSeconds: Int
  ) {
    let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.init(secondsSinceEpoch: local - Int64(utcOffsetSeconds), nanoseconds: Int64(nanosecond))
  }

  /// The moment `seconds` seconds later (earlier when negative); exact, zone-independent.
  public func adding(seconds: Int64) -> Instant {
    Instant(secondsSinceEpoch: secondsSinceEpoch + seconds, nanoseconds: Int64(nanoseconds))
  }

  /// The moment `hours` elapsed hours later: always `hours * 3600` seconds, so a DST change in
  /// between does not shift it (AVG art. 33(1): "72 hours", not three calendar days).
  public func adding(hours: Int64) -> Instant { adding(seconds: hours * 3600) }

  /// The UTC calendar date of this instant (rules use `Amsterdam.date(of:)` instead).
  public var utcDate: CivilDate {
    CivilDate(daysSinceEpoch: Int(Instant.floorDiv(secondsSinceEpoch, 86_400)))
  }

  /// The instant in UTC, RFC 3339 with `Z` (for logs; the wire uses `Amsterdam.format`).
  public var description: String { Instant.rfc3339(self, offsetSeconds: 0) }

  /// RFC 3339 text with the Europe/Amsterdam offset in force at this instant,
  /// e.g. `2026-10-27T09:00:00+01:00`; this is how avgd writes instants on the wire.
  public func rfc3339(inAmsterdam: Bool = true) -> String {
    inAmsterdam ? Amsterdam.format(self) : description
  }

  /// Chronological order.
  public static func < (a: Instant, b: Instant) -> Bool {
    (a.secondsSinceEpoch, a.nanoseconds) < (b.secondsSinceEpoch, b.nanoseconds)
  }

  /// Formats `instant` as RFC 3339 at a fixed offset; fractional seconds only when nonzero
  /// (3, 6 or 9 digits), offset `Z` when it is zero.
  static func rfc3339(_ instant: Instant, offsetSeconds: Int) -> String {
    let local = instant.secondsSinceEpoch + Int64(offsetSeconds)
    let date = CivilDate(daysSinceEpoch: Int(floorDiv(local, 86_400)))
    let sod = Int(local - Int64(date.daysSinceEpoch) * 86_400)
    guard (0...9999).contains(date.year) else {
      return slowRFC3339(date, sod, instant.nanoseconds, offsetSeconds)
    }
    // Written as bytes: instants are formatted on every write (`registeredAt`, `at`, due instants).
    var out: [UInt8] = []
    out.reserveCapacity(35)
    date.appendText(to: &out)
    out.append(UInt8(ascii: "T"))
    CivilDate.appendPadded(sod / 3600, 2, to: &out)
    out.append(UInt8(ascii: ":"))
    CivilDate.appendPadded(sod / 60 % 60, 2, to: &out)
    out.append(UInt8(ascii: ":"))
    CivilDate.appendPadded(sod % 60, 2, to: &out)
    if instant.nanoseconds != 0 {
      // Milliseconds, microseconds or nanoseconds: the fewest groups of three that keep every digit.
      var frac = Int(instant.nanoseconds), digits = 9
      while digits > 3, frac % 1000 == 0 {
        frac /= 1000
        digits -= 3
      }
      out.append(UInt8(ascii: "."))
      CivilDate.appendPadded(frac, digits, to: &out)
    }
    if offsetSeconds == 0 {
      out.append(UInt8(ascii: "Z"))
    } else {
      let a = abs(offsetSeconds) / 60
      out.append(offsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      CivilDate.appendPadded(a / 60, 2, to: &out)
      out.append(UInt8(ascii: ":"))
      CivilDate.appendPadded(a % 60, 2, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The same text through string padding, for years outside 0–9999.
  static func slowRFC3339(_ date: CivilDate, _ sod: Int, _ nanoseconds: Int32, _ offsetSeconds: Int) -> String {
    var s = "\(date)T\(CivilDate.pad(sod / 3600, 2)):\(CivilDate.pad(sod / 60 % 60, 2)):\(CivilDate.pad(sod % 60, 2))"
    if nanoseconds != 0 {
      var frac = CivilDate.pad(Int(nanoseconds), 9)
      while frac.count > 3, frac.hasSuffix("000") { frac.removeLast(3) }
      s += "." + frac
    }
    if offsetSeconds == 0 { return s + "Z" }
    let sign = offsetSeconds < 0 ? "-" : "+"
    let a = abs(offsetSeconds) / 60
    return s + "\(sign)\(CivilDate.pad(a / 60, 2)):\(CivilDate.pad(a % 60, 2))"
  }

  /// Floor division (rounds toward minus infinity), for dates before 1970.
  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}
