/// The shared geometry of the project's own SVG charts (issue 17: charts written by avgd, no
/// dependency, no script): a fixed view box, a value axis from zero to a round maximum, a band per
/// category along the bottom, a legend. `BarChart`, `StackedBarChart` and `LineChart` draw inside it.
/// Every label goes through `HTML.escape`.
struct ChartFrame {
  /// The view box width (the chart scales to the page; print CSS keeps it within A4).
  static let width = 640.0
  /// The view box height.
  static let height = 210.0
  /// Colours per series, distinguishable in grey print too (dark, light, mid alternate).
  static let palette = ["#1f4e8c", "#e8a33d", "#4f9a57", "#b23b4a", "#7a68b3", "#8c8c8c"]

  /// Margins around the plot: room for the value labels (left), the legend (top) and the category labels (bottom).
  let left = 40.0, right = 12.0, top = 30.0, bottom = 34.0
  /// The value at the top of the axis.
  let maxValue: Double
  /// The number of category bands.
  let bands: Int

  /// A frame for `bands` categories whose largest value is `largest`.
  init(bands: Int, largest: Double) {
    self.bands = max(bands, 1)
    self.maxValue = Self.niceMax(largest)
  }

  /// Width of the plot area.
  var plotWidth: Double { Self.width - left - right }
  /// Height of the plot area.
  var plotHeight: Double { Self.height - top - bottom }
  /// Width of one category band.
  var bandWidth: Double { plotWidth / Double(bands) }
  /// The y coordinate of `v`.
  func y(_ v: Double) -> Double { top + plotHeight - plotHeight * min(max(v, 0), maxValue) / maxValue }
  /// The x coordinate of the centre of band `k`.
  func centre(_ k: Int) -> Double { left + bandWidth * (Double(k) + 0.5) }

  /// The opening `<svg>` with an accessible title; `id` is `data-chart`, so tests and readers find it.
  func open(id: String, title: String) -> String {
    let t = HTML.escape(title)
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"\(HTML.escape(id))\" "
      + "viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" role=\"img\" aria-label=\"\(t)\">"
      + "<title>\(t)</title>"
  }

  /// Grid lines with their values (0, half, max) and the category labels under the bands.
  func axes(labels: [String]) -> String {
    var s = ""
    for v in [0, maxValue / 2, maxValue] {
      let yy = Self.number(y(v))
      s += "<line class=\"grid\" x1=\"\(Self.number(left))\" x2=\"\(Self.number(Self.width - right))\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>"
      s += "<text x=\"\(Self.number(left - 6))\" y=\"\(Self.number(y(v) + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"#444\">\(Self.number(v))</text>"
    }
    let size = bandWidth < 34 ? 9 : 11
    for (k, label) in labels.enumerated() {
      s += "<text x=\"\(Self.number(centre(k)))\" y=\"\(Self.number(Self.height - bottom + 16))\" text-anchor=\"middle\" font-size=\"\(size)\" fill=\"#333\">\(HTML.escape(label))</text>"
    }
    return s
  }

  /// A legend row above the plot: a swatch and a name per series.
  func legend(_ names: [String], colours: [String]? = nil) -> String {
    var s = ""
    var x = left
    for (k, name) in names.enumerated() {
      s += "<rect class=\"swatch\" x=\"\(Self.number(x))\" y=\"8\" width=\"10\" height=\"10\" fill=\"\(colours.flatMap { k < $0.count ? $0[k] : nil } ?? Self.colour(k))\"/>"
      s += "<text x=\"\(Self.number(x + 14))\" y=\"17\" font-size=\"11\" fill=\"#333\">\(HTML.escape(name))</text>"
      x += 24 + Double(name.count) * 6.2
    }
    return s
  }

  /// The colour of series `k`.
  static func colour(_ k: Int) -> String { palette[k % palette.count] }

  /// A round axis maximum at least `v` whose half is a whole number too (2, 4, 6, 8, 10 × 10ⁿ;
  /// at least 2), so a count axis never shows 2.5 of a request.
  static func niceMax(_ v: Double) -> Double {
    var step = 1.0
    while true {
      for m in [2.0, 4.0, 6.0, 8.0, 10.0] where m * step >= v { return m * step }
      step *= 10
    }
  }

  /// `v` with at most one decimal and a point (SVG needs a point whatever the locale).
  static func number(_ v: Double) -> String {
    let tenths = Int((v * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let a = abs(tenths)
    return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
  }
}
