import Testing

@testable import Service

/// The project's own chart writer: bars, stacked bars and a line, each counted the way the
/// browser test counts them (one `rect class="bar"` per value above zero), labels escaped.
@Suite struct ChartWriterTests {
  /// Occurrences of `needle` in `s`.
  static func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

  @Test func barChartDrawsOneBarPerNonZeroValue() {
    let c = BarChart(id: "t", title: "Titel", bars: [("a", 3), ("b", 0), ("c", 1.5), ("<d>", 7)])
    #expect(c.barCount == 3)
    #expect(Self.count("class=\"bar\"", in: c.svg) == 3)
    #expect(c.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"t\""))
    #expect(c.svg.contains("data-label=\"&lt;d&gt;\" data-value=\"7\""))
    #expect(!c.svg.contains("<d>"))
    #expect(c.svg.hasSuffix("</svg>"))
  }

  @Test func barHeightsAreProportional() {
    let c = BarChart(id: "t", title: "T", bars: [("a", 2), ("b", 4)])
    let frame = ChartFrame(bands: 2, largest: 4)
    #expect(frame.maxValue == 4)
    #expect(c.svg.contains("height=\"\(ChartFrame.number(frame.plotHeight / 2))\""))
    #expect(c.svg.contains("height=\"\(ChartFrame.number(frame.plotHeight))\""))
  }

  @Test func stackedChartDrawsOneSegmentPerNonZeroCell() {
    let c = StackedBarChart(
      id: "s", title: "T", labels: ["jan", "feb", "mrt"],
      series: [("x", [1, 0, 2]), ("y", [0, 0, 5]), ("z", [3])])
    #expect(c.barCount == 4)
    #expect(Self.count("class=\"bar\"", in: c.svg) == 4)
    #expect(c.total(2) == 7 && c.total(1) == 0)
    #expect(Self.count("class=\"swatch\"", in: c.svg) == 3)
  }

  @Test func stackedChartUsesTheColoursGiven() {
    let c = StackedBarChart(id: "s", title: "T", labels: ["a"], series: [("ok", [1]), ("mis", [1])], colours: ["#00ff00", "#ff0000"])
    #expect(c.svg.contains("data-series=\"ok\"") && c.svg.contains("fill=\"#00ff00\""))
    #expect(c.svg.contains("fill=\"#ff0000\""))
  }

  @Test func lineChartDrawsPointsAndTheThresholdButNoBars() {
    let c = LineChart(id: "l", title: "Uren", points: [("D-1", 18.5), ("D-2", 90)], threshold: (72, "72 uur"))
    #expect(Self.count("class=\"bar\"", in: c.svg) == 0)
    #expect(Self.count("class=\"point\"", in: c.svg) == 2)
    #expect(Self.count("class=\"threshold\"", in: c.svg) == 1)
    #expect(Self.count("<polyline class=\"line\"", in: c.svg) == 1)
    #expect(c.svg.contains("data-value=\"18.5\""))
  }

  @Test func anEmptyChartIsStillAnSVG() {
    #expect(BarChart(id: "e", title: "T", bars: []).svg.hasSuffix("</svg>"))
    #expect(StackedBarChart(id: "e", title: "T", labels: [], series: []).barCount == 0)
    #expect(LineChart(id: "e", title: "T", points: [], threshold: nil).svg.hasSuffix("</svg>"))
  }

  static let niceMaxima: [(Double, Double)] = [(0, 2), (1, 2), (2, 2), (3, 4), (5, 6), (9, 10), (11, 20), (79.2, 80), (450, 600)]

  @Test(arguments: niceMaxima.indices) func axisMaximaAreRoundAndEven(_ i: Int) {
    #expect(ChartFrame.niceMax(Self.niceMaxima[i].0) == Self.niceMaxima[i].1)
  }

  static let numbers: [(Double, String)] = [(0, "0"), (3, "3"), (18.5, "18.5"), (2.25, "2.3"), (-1.5, "-1.5"), (100.04, "100")]

  @Test(arguments: numbers.indices) func numbersUseAPointWhateverTheLocale(_ i: Int) {
    #expect(ChartFrame.number(Self.numbers[i].0) == Self.numbers[i].1)
  }
}
