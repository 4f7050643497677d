import Testing

@testable import Rules

/// A date from `YYYY-MM-DD`; records an issue and returns 1970-01-01 when the text is wrong.
func d(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) -> CivilDate {
  do { return try CivilDate.parse(s) } catch {
    Issue.record("bad test date \(s): \(error)", sourceLocation: sourceLocation)
    return CivilDate(daysSinceEpoch: 0)
  }
}

/// An instant from RFC 3339; records an issue and returns the epoch when the text is wrong.
func t(_ s: String, sourceLocation: SourceLocation = #_sourceLocation) -> Instant {
  do { return try Instant.parse(s) } catch {
    Issue.record("bad test instant \(s): \(error)", sourceLocation: sourceLocation)
    return Instant(secondsSinceEpoch: 0)
  }
}

/// The helpers themselves: a wrong fixture must not pass silently as 1970.
@Suite struct RulesHelperTests {
  @Test func helpersReadWhatTheySay() {
    #expect(d("2026-03-15") == CivilDate(year: 2026, month: 3, day: 15))
    #expect(t("1970-01-01T01:00:00+01:00") == Instant(secondsSinceEpoch: 0))
    withKnownIssue("a bad fixture is reported, not taken as 1970") { _ = d("2026-02-30") }
  }
}
