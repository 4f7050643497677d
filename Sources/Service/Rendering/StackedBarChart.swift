/// A stacked bar chart: per category, one segment per series (breaches per month by kind,
/// agreements per state and product). Each segment with a value above zero is one
/// `<rect class="bar">`, coloured by series, with a legend naming the series.
struct StackedBarChart {
  /// `data-chart`.
  let id: String
  /// The title a screen reader announces.
  let title: String
  /// The category labels along the bottom.
  let labels: [String]
  /// The series, each with one value per label (missing values count as zero).
  let series: [(name: String, values: [Double])]
  /// A colour per series where the colour carries meaning (valid green, missing red); the palette otherwise.
  var colours: [String]? = nil

  /// The colour of series `j`.
  func colour(_ j: Int) -> String { colours.flatMap { j < $0.count ? $0[j] : nil } ?? ChartFrame.colour(j) }

  /// The number of `rect.bar` elements `svg` holds.
  var barCount: Int { series.reduce(0) { $0 + $1.values.prefix(labels.count).filter { $0 > 0 }.count } }

  /// The total of category `k` over the series.
  func total(_ k: Int) -> Double { series.reduce(0) { $0 + (k < $1.values.count ? $1.values[k] : 0) } }

  /// The chart as inline SVG.
  var svg: String {
    let frame = ChartFrame(bands: labels.count, largest: labels.indices.map(total).max() ?? 0)
    var s = frame.open(id: id, title: title) + frame.legend(series.map(\.name), colours: series.indices.map(colour)) + frame.axes(labels: labels)
    let w = min(frame.bandWidth * 0.6, 60)
    for k in labels.indices {
      var base = 0.0
      for (j, serie) in series.enumerated() {
        let v = k < serie.values.count ? serie.values[k] : 0
        guard v > 0 else { continue }
        let top = frame.y(base + v)
        s += "<rect class=\"bar\" data-series=\"\(HTML.escape(serie.name))\" data-label=\"\(HTML.escape(labels[k]))\" "
          + "data-value=\"\(ChartFrame.number(v))\" x=\"\(ChartFrame.number(frame.centre(k) - w / 2))\" "
          + "y=\"\(ChartFrame.number(top))\" width=\"\(ChartFrame.number(w))\" "
          + "height=\"\(ChartFrame.number(frame.y(base) - top))\" fill=\"\(colour(j))\"/>"
        base += v
      }
      if base > 0 {
        s += "<text x=\"\(ChartFrame.number(frame.centre(k)))\" y=\"\(ChartFrame.number(frame.y(base) - 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\">\(ChartFrame.number(base))</text>"
      }
    }
    return s + "</svg>"
  }
}
