import Foundation
import Testing

@testable import Rules

/// Issue 16 §3: an instant without offset is Europe/Amsterdam wall time; around the two DST
/// changes of 2026 (29 March 02:00–03:00 skipped, 25 October 02:00–03:00 lived twice) a wall
/// time that does not exist or is ambiguous is refused with both offsets named, never guessed.
@Suite struct AmsterdamWallTimeTests {
  /// Wall times that have exactly one instant, with that instant in UTC.
  static let unique: [(wall: String, utc: String)] = [
    ("2026-01-15T09:30:00", "2026-01-15T08:30:00Z"),
    ("2026-03-29T00:00:00", "2026-03-28T23:00:00Z"),
    ("2026-03-29T01:59:59", "2026-03-29T00:59:59Z"),
    ("2026-03-29T01:59:59.999", "2026-03-29T00:59:59.999Z"),
    ("2026-03-29T03:00:00", "2026-03-29T01:00:00Z"),
    ("2026-03-29T03:30:00", "2026-03-29T01:30:00Z"),
    ("2026-07-01T12:00:00.123456789", "2026-07-01T10:00:00.123456789Z"),
    ("2026-07-01T12:00:00.5", "2026-07-01T10:00:00.500Z"),
    ("2026-10-25T01:59:59", "2026-10-24T23:59:59Z"),
    ("2026-10-25T03:00:00", "2026-10-25T02:00:00Z"),
    ("2026-10-25T03:00:00.000000001", "2026-10-25T02:00:00.000000001Z"),
    ("2026-12-31T23:59:59", "2026-12-31T22:59:59Z"),
  ]

  @Test(arguments: unique) func wallTimeWithOneInstant(_ c: (wall: String, utc: String)) throws {
    let got = try Amsterdam.parseInstant(c.wall)
    #expect(got == (try Instant.parse(c.utc)), "\(c.wall) → \(got)")
  }

  /// Wall times skipped in spring: no instant; the reason names the gap and both offsets.
  static let gap = ["2026-03-29T02:00:00", "2026-03-29T02:30:00", "2026-03-29T02:59:59", "2026-03-29T02:59:59.999999999"]

  @Test(arguments: gap) func springForwardGapIsRefused(_ wall: String) {
    #expect {
      _ = try Amsterdam.parseInstant(wall)
    } throws: { e in
      let r = (e as? DateFormatError)?.reason ?? ""
      return r.contains("bestaat niet") && r.contains("\(wall)+01:00") && r.contains("\(wall)+02:00")
        && r.contains("02:00") && r.contains("03:00")
    }
  }

  /// Wall times lived twice in autumn: two instants an hour apart; the reason names both.
  static let fold = ["2026-10-25T02:00:00", "2026-10-25T02:30:00", "2026-10-25T02:59:59", "2026-10-25T02:59:59.5"]

  @Test(arguments: fold) func autumnFoldIsRefused(_ wall: String) {
    #expect {
      _ = try Amsterdam.parseInstant(wall)
    } throws: { e in
      let r = (e as? DateFormatError)?.reason ?? ""
      return r.contains("twee keer") && r.contains("\(wall)+02:00") && r.contains("\(wall)+01:00")
    }
  }

  /// With an offset the moment is exact, also inside the gap or the fold.
  static let withOffset: [(text: String, utc: String)] = [
    ("2026-03-29T02:30:00+01:00", "2026-03-29T01:30:00Z"),
    ("2026-10-25T02:30:00+02:00", "2026-10-25T00:30:00Z"),
    ("2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00Z"),
    ("2026-10-25T02:30:00.25Z", "2026-10-25T02:30:00.250Z"),
  ]

  @Test(arguments: withOffset) func anOffsetIsTakenAsWritten(_ c: (text: String, utc: String)) throws {
    #expect(try Amsterdam.parseInstant(c.text) == (try Instant.parse(c.utc)))
    #expect(try Amsterdam.parseInstant(c.text) == (try Instant.parse(c.text)))
  }

  /// Syntax errors read the same as `Instant.parse` says them (one syntax check for both).
  static let malformed = ["2026-02-30T10:00:00", "2026-03-15T24:00:00", "2026-03-15T10:00:60", "2026-03-15T10:00", "2026-03-15T10:00:00.1234567890"]

  @Test(arguments: malformed) func malformedTextsAreRefusedAlike(_ text: String) {
    var a = "", b = ""
    do { _ = try Amsterdam.parseInstant(text) } catch { a = error.reason }
    do { _ = try Instant.parse(text + "Z") } catch { b = error.reason }
    #expect(!a.isEmpty)
    #expect(a == b.replacingOccurrences(of: text + "Z", with: text))
  }
}
