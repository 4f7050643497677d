import JSON
import JSONRPC

/// The recorded examples of `reports.annual` and `reports.status`, run after every other example
/// (they are last in the catalog), so they report on the examples' own registers with "now"
/// pinned at 2026-11-29T10:00:00+01:00.
enum ReportExamples {
  /// `reports.annual` in JSON.
  static let annual = [
    MethodExample("the 2026 figures as JSON", params: ["year": 2026, "format": "json"], result: ["format": "json", "year": 2026])
  ]

  /// `reports.status` in JSON.
  static let status = [
    MethodExample("Sunday morning", params: [:], result: ["format": "json"])
  ]
}
