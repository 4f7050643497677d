/// A line chart: one value per point in order (hours from awareness to the AP report per data
/// breach), with an optional reference line such as the 72 hours of AVG art. 33(1). Points are
/// `<circle class="point">`, the reference `<line class="threshold">`; it draws no bars.
struct LineChart {
  /// `data-chart`.
  let id: String
  /// The title a screen reader announces.
  let title: String
  /// The points, in the order drawn.
  let points: [(label: String, value: Double)]
  /// A horizontal reference line and its label (the legal limit), if any.
  let threshold: (value: Double, label: String)?

  /// The chart as inline SVG.
  var svg: String {
    let largest = max(points.map(\.value).max() ?? 0, (threshold?.value ?? 0) * 1.1)
    let frame = ChartFrame(bands: points.count, largest: largest)
    var s = frame.open(id: id, title: title) + frame.axes(labels: points.map(\.label))
    if let threshold {
      let y = ChartFrame.number(frame.y(threshold.value))
      s += "<line class=\"threshold\" x1=\"\(ChartFrame.number(frame.left))\" x2=\"\(ChartFrame.number(ChartFrame.width - frame.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#b23b4a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
      s += "<text x=\"\(ChartFrame.number(ChartFrame.width - frame.right))\" y=\"\(ChartFrame.number(frame.y(threshold.value) - 5))\" text-anchor=\"end\" font-size=\"11\" fill=\"#b23b4a\">\(HTML.escape(threshold.label))</text>"
    }
    let coords = points.indices.map { "\(ChartFrame.number(frame.centre($0))),\(ChartFrame.number(frame.y(points[$0].value)))" }
    if coords.count > 1 {
      s += "<polyline class=\"line\" points=\"\(coords.joined(separator: " "))\" fill=\"none\" stroke=\"\(ChartFrame.colour(0))\" stroke-width=\"2\"/>"
    }
    for (k, p) in points.enumerated() {
      s += "<circle class=\"point\" data-label=\"\(HTML.escape(p.label))\" data-value=\"\(ChartFrame.number(p.value))\" cx=\"\(ChartFrame.number(frame.centre(k)))\" cy=\"\(ChartFrame.number(frame.y(p.value)))\" r=\"4\" fill=\"\(ChartFrame.colour(0))\"/>"
      s += "<text x=\"\(ChartFrame.number(frame.centre(k)))\" y=\"\(ChartFrame.number(frame.y(p.value) - 8))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\">\(ChartFrame.number(p.value))</text>"
    }
    return s + "</svg>"
  }
}
