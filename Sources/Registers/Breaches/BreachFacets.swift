import JSON
import Rules

/// The facets of the breach register: what `breaches.list` and `breaches.export` filter on
/// (kind, status, school, the Amsterdam date the school became aware, and `reportBy` while the
/// AP report is awaited, for `overdue`, AVG art. 33(1)). Read through `BreachRecord`, so a
/// filter means what the record means.
public enum BreachFacets {
  /// Facet names.
  public static let kind = "kind", status = "status", school = "school"
  /// The Amsterdam date of `awareAt` (days since 1970).
  public static let awareOn = "awareOn"
  /// `reportBy` in nanoseconds since 1970 while the AP report is awaited; nothing otherwise.
  public static let awaitedReportBy = "awaitedReportBy"

  /// The facets.
  public static let facets = RegisterFacets([kind, status, school, awareOn, awaitedReportBy]) { json in
    let r = BreachRecord(json)
    return [
      .text(r.kind?.rawValue), .text(r.status), .text(r.school),
      .number(r.awareAt.map { Int64(Amsterdam.date(of: $0).daysSinceEpoch) }),
      r.awaitsAuthorityReport ? .number(r.reportBy.map(nanoseconds)) : .none,
    ]
  }

  /// An instant as nanoseconds since 1970, clamped for years past 2262 or before 1678 (far
  /// outside any breach: only the order of such instants could be off).
  public static func nanoseconds(_ i: Instant) -> Int64 {
    let (s, over) = i.secondsSinceEpoch.multipliedReportingOverflow(by: 1_000_000_000)
    if over { return i.secondsSinceEpoch < 0 ? Int64.min + 2 : Int64.max }
    let (n, over2) = s.addingReportingOverflow(Int64(i.nanoseconds))
    return over2 ? Int64.max : n
  }
}
