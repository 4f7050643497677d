import Testing

@testable import Rules

/// Dates and instants are written as bytes on the hot path; these hold that writer to the plain
/// string-padding form it replaced, over a sweep of dates, times, fractions and offsets.
@Suite struct FormattingTests {
  @Test func datesMatchThePaddedForm() {
    for days in stride(from: -30_000, through: 90_000, by: 37) {
      let d = CivilDate(daysSinceEpoch: days)
      #expect(d.description == "\(CivilDate.pad(d.year, 4))-\(CivilDate.pad(d.month, 2))-\(CivilDate.pad(d.day, 2))")
    }
  }

  @Test(arguments: [0, 3600, 7200, -3600, 19800, -34200])
  func instantsMatchThePaddedForm(offset: Int) {
    let fractions: [Int64] = [0, 1, 500_000_000, 120_000_000, 123_456_000, 123_456_789, 999_999_999, 7_000]
    var seconds: Int64 = -2_208_988_800  // 1900-01-01
    var k = 0
    while seconds < 7_258_118_400 {  // 2200-01-01
      let i = Instant(secondsSinceEpoch: seconds, nanoseconds: fractions[k % fractions.count])
      let local = seconds + Int64(offset)
      let date = CivilDate(daysSinceEpoch: Int(Instant.floorDiv(local, 86_400)))
      let sod = Int(local - Int64(date.daysSinceEpoch) * 86_400)
      #expect(Instant.rfc3339(i, offsetSeconds: offset) == Instant.slowRFC3339(date, sod, i.nanoseconds, offset))
      seconds += 9_876_541
      k += 1
    }
  }

  @Test func examplesReadAsExpected() {
    #expect(Instant.rfc3339(Instant(secondsSinceEpoch: 1_792_710_000, nanoseconds: 120_000_000), offsetSeconds: 7200)
      == "2026-10-23T01:00:00.120+02:00")
    #expect(Instant.rfc3339(Instant(secondsSinceEpoch: 0, nanoseconds: 1), offsetSeconds: 0) == "1970-01-01T00:00:00.000000001Z")
    var out: [UInt8] = []
    CivilDate.appendPadded(7, 4, to: &out)
    CivilDate.appendPadded(12345, 2, to: &out)
    CivilDate.appendPadded(0, 1, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "0007123450")
  }
}
