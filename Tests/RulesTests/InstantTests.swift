import Testing

@testable import Rules

@Suite(.inEnglish) struct InstantTests {
  @Test(arguments: [
    ("1970-01-01T00:00:00Z", Int64(0), Int32(0)),
    ("2026-03-14T23:30:00Z", Int64(1_773_531_000), Int32(0)),
    ("2026-03-15T00:30:00+01:00", Int64(1_773_531_000), Int32(0)),
    ("2026-03-14T18:30:00-05:00", Int64(1_773_531_000), Int32(0)),
    ("2026-03-14t23:30:00z", Int64(1_773_531_000), Int32(0)),
    ("2026-03-14T23:30:00.5Z", Int64(1_773_531_000), Int32(500_000_000)),
    ("2026-03-14T23:30:00.123456789Z", Int64(1_773_531_000), Int32(123_456_789)),
    ("1969-12-31T23:59:59.25Z", Int64(-1), Int32(250_000_000)),
    ("2026-10-24T10:00:00+02:00", Int64(1_792_828_800), Int32(0)),
  ])
  func parses(text: String, seconds: Int64, nanos: Int32) throws {
    let i = try Instant.parse(text)
    #expect(i.secondsSinceEpoch == seconds)
    #expect(i.nanoseconds == nanos)
  }

  @Test(arguments: [
    ("2026-03-15T09:30:00", "an instant needs an offset such as +01:00 or Z"),
    ("2026-03-15T09:30:00.5", "an instant needs an offset such as +01:00 or Z"),
    ("2026-03-15", "not an RFC 3339 instant"), ("2026-03-15 09:30:00Z", "not an RFC 3339 instant"),
    ("2026-03-15T9:30:00Z", "not an RFC 3339 instant"), ("2026-02-30T09:30:00Z", "February 2026 has 28 days"),
    ("2026-03-15T24:00:00Z", "does not exist"), ("2026-03-15T12:60:00Z", "does not exist"),
    ("2026-03-15T12:00:60Z", "leap seconds"), ("2026-03-15T12:00:00+0100", "offset must look like"),
    ("2026-03-15T12:00:00+01", "offset must look like"), ("2026-03-15T12:00:00+24:00", "out of range"),
    ("2026-03-15T12:00:00.Z", "1 to 9 digits"), ("2026-03-15T12:00:00.1234567891Z", "1 to 9 digits"),
    ("2026-03-15T12:00:00ZZ", "not an RFC 3339 instant"), ("2026-03-15T12:00:00 Z", "not an RFC 3339 instant"),
  ])
  func rejects(text: String, reasonContains: String) {
    #expect {
      _ = try Instant.parse(text)
    } throws: { error in
      (error as? DateFormatError)?.reason.contains(reasonContains) == true
    }
  }

  @Test func arithmeticIsExact() {
    let i = t("2026-03-27T10:15:00.001+01:00")
    #expect(i.adding(hours: 72) == t("2026-03-30T09:15:00.001Z"))
    #expect(i.adding(seconds: -1) == t("2026-03-27T09:14:59.001Z"))
    #expect(Instant(secondsSinceEpoch: 10, nanoseconds: -1) == Instant(secondsSinceEpoch: 9, nanoseconds: 999_999_999))
    #expect(Instant(secondsSinceEpoch: 0, nanoseconds: 2_500_000_000) == Instant(secondsSinceEpoch: 2, nanoseconds: 500_000_000))
    #expect(t("2026-01-01T00:00:00.1Z") < t("2026-01-01T00:00:00.2Z"))
  }

  @Test(arguments: [
    ("2026-03-14T23:30:00Z", "2026-03-14T23:30:00Z"),
    ("2026-03-14T23:30:00.5+01:00", "2026-03-14T22:30:00.500Z"),
    ("2026-03-14T23:30:00.000001Z", "2026-03-14T23:30:00.000001Z"),
    ("2026-03-14T23:30:00.000000007Z", "2026-03-14T23:30:00.000000007Z"),
    ("1960-06-01T12:00:00Z", "1960-06-01T12:00:00Z"),
  ])
  func utcDescription(text: String, expected: String) {
    #expect(t(text).description == expected)
  }
}
