/// A date and time of day as the caller wrote it, with the UTC offset only if one was written.
///
/// The wire allows an instant without offset, meaning Europe/Amsterdam wall time (issue 16 §3);
/// this is what the one RFC 3339 syntax check hands to `Instant.parse` (offset required) and to
/// `Amsterdam.parseInstant` (offset optional), so both read the same texts the same way.
struct WallClockTime {
  /// The calendar date written.
  let date: CivilDate
  /// Hour 0–23, minute 0–59, second 0–59 as written.
  let hour: Int, minute: Int, second: Int
  /// The fraction of the second, exactly as written (1–9 digits, never rounded).
  let nanosecond: Int
  /// The written offset in seconds east of UTC, or `nil` when the text had none.
  let offset: Int?
}
