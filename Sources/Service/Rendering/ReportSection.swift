import JSON

/// One section of the annual report: a heading, a short text saying what the figures mean,
/// the points that need attention, its charts and the same figures as JSON (issue 17 §1: a
/// student administration can draw its own charts from `format: json`).
struct ReportSection: Sendable {
  /// Stable id (`breaches`, `requests`): the JSON member and the HTML anchor.
  let id: String
  /// The heading, in the report's language.
  let title: String
  /// Short paragraphs explaining the figures.
  var paragraphs: [String] = []
  /// What needs attention, one line each (empty when nothing does).
  var attention: [String] = []
  /// The charts, drawn in order.
  var charts: [ReportChart] = []
  /// Tables: a header row and the rows, plain text (escaped when written).
  var tables: [ReportTable] = []
  /// The figures behind the text and charts.
  var figures: JSONObject = [:]

  /// `{id, title, figures, attention, charts: [{id, bars}]}`.
  var json: JSONValue {
    [
      "id": .string(id), "title": .string(title), "figures": .object(figures),
      "attention": .array(attention.map { .string($0) }),
      "charts": .array(charts.map { ["id": .string($0.id), "kind": .string($0.kind), "bars": .int($0.barCount)] }),
    ]
  }
}
