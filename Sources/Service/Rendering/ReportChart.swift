/// A chart of a report section, one of the project's own chart kinds.
enum ReportChart: Sendable {
  /// One value per category.
  case bars(BarChart)
  /// Segments per category.
  case stacked(StackedBarChart)
  /// A line through points.
  case line(LineChart)

  /// `data-chart` of the drawing.
  var id: String {
    switch self {
    case .bars(let c): return c.id
    case .stacked(let c): return c.id
    case .line(let c): return c.id
    }
  }

  /// `bars`, `stackedBars` or `line`.
  var kind: String {
    switch self {
    case .bars: return "bars"
    case .stacked: return "stackedBars"
    case .line: return "line"
    }
  }

  /// The number of `rect.bar` elements drawn (0 for a line).
  var barCount: Int {
    switch self {
    case .bars(let c): return c.barCount
    case .stacked(let c): return c.barCount
    case .line: return 0
    }
  }

  /// The inline SVG.
  var svg: String {
    switch self {
    case .bars(let c): return c.svg
    case .stacked(let c): return c.svg
    case .line(let c): return c.svg
    }
  }
}
