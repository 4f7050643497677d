/// A bar chart: one value per category (requests per type, sharing per legal basis). One
/// `<rect class="bar">` per category with a value above zero, so a reader (and a test counting
/// rects in the DOM) sees exactly the categories that have something.
struct BarChart {
  /// `data-chart`.
  let id: String
  /// The title a screen reader announces.
  let title: String
  /// Categories and their values, in the order drawn.
  let bars: [(label: String, value: Double)]

  /// The number of `rect.bar` elements `svg` holds.
  var barCount: Int { bars.filter { $0.value > 0 }.count }

  /// The chart as inline SVG.
  var svg: String {
    let frame = ChartFrame(bands: bars.count, largest: bars.map(\.value).max() ?? 0)
    var s = frame.open(id: id, title: title) + frame.axes(labels: bars.map(\.label))
    let w = min(frame.bandWidth * 0.6, 60)
    for (k, bar) in bars.enumerated() where bar.value > 0 {
      let top = frame.y(bar.value)
      let x = frame.centre(k) - w / 2
      s += "<rect class=\"bar\" data-label=\"\(HTML.escape(bar.label))\" data-value=\"\(ChartFrame.number(bar.value))\" "
        + "x=\"\(ChartFrame.number(x))\" y=\"\(ChartFrame.number(top))\" width=\"\(ChartFrame.number(w))\" "
        + "height=\"\(ChartFrame.number(frame.y(0) - top))\" fill=\"\(ChartFrame.colour(0))\"/>"
      s += "<text x=\"\(ChartFrame.number(frame.centre(k)))\" y=\"\(ChartFrame.number(top - 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\">\(ChartFrame.number(bar.value))</text>"
    }
    return s + "</svg>"
  }
}
