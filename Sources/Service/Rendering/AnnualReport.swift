import JSON
import Rules
import Wording

/// The school's annual privacy report to the board (issue 17 §1; duties.md §8; AVG art. 38(3):
/// the FG reports to the highest management level): every section of `AnnualReportSources.all`
/// whose registers exist, as one self-contained HTML document or as the same figures in JSON.
struct AnnualReport: Sendable {
  /// What the report was made from.
  let input: ReportInput
  /// The sections, in report order.
  let sections: [ReportSection]

  /// The report over `input`.
  init(_ input: ReportInput) {
    self.input = input
    sections = AnnualReportSources.all
      .filter { $0.registers.allSatisfy { input.registers[$0] != nil } }
      .map { $0.section(input) }
  }

  /// The title, in the report's language.
  var title: String {
    input.t(Texts.Reports.annualPrivacyReport("\(input.year)")) + (input.school.map { " – \($0)" } ?? "")
  }

  /// Registers the report will show once they exist (their sections plug into `AnnualReportSources`).
  var notYetKept: [String] {
    [input.t(Texts.Reports.imageConsentsRegister),
     input.t(Texts.Reports.staffInstructionRegister)]
  }

  /// `{year, school, language, generatedAt, countedOn, sections: [{id, title, figures, attention, charts}]}`.
  var json: JSONValue {
    [
      "year": .int(input.year), "school": .optional(input.school), "language": .string(input.language.rawValue),
      "generatedAt": .string(Amsterdam.format(input.now)), "countedOn": .string(input.countedOn.description),
      "sections": .array(sections.map(\.json)),
    ]
  }

  /// The report as one HTML document.
  var html: String {
    let now = Amsterdam.date(of: input.now)
    var b = "<header><h1>\(HTML.escape(title))</h1>"
    b += HTML.tag("p", ["class": "meta"]) + HTML.escape(input.t(Texts.Reports.madeOn("\(input.language.long(now.year, now.month, now.day))", "\(input.language.long(input.countedOn.year, input.countedOn.month, input.countedOn.day))"))) + "</p></header>\n"
    b += HTML.tag("section", ["id": "samenvatting"]) + "<h2>\(HTML.escape(input.t(Texts.Reports.summary)))</h2>"
    b += ReportDocument.paragraphs([input.t(Texts.Reports.summaryText("\(input.year)"))])
    let attention = sections.flatMap(\.attention)
    b += HTML.tag("div", ["class": "attention"]) + "<h3>\(HTML.escape(input.t(Texts.Reports.needsAttention)))</h3>"
    b += attention.isEmpty
      ? HTML.tag("p", ["class": "ok"]) + "\(HTML.escape(input.t(Texts.Reports.nothingOpen)))</p>"
      : ReportDocument.list(attention)
    b += "</div></section>\n"
    for s in sections { b += Self.html(s, input.language) + "\n" }
    b += HTML.tag("section", ["id": "nog-niet"]) + "<h2>\(HTML.escape(input.t(Texts.Reports.notInThisReportYet)))</h2>"
    b += ReportDocument.paragraphs([input.t(Texts.Reports.registersBeingSetUp(notYetKept))])
    b += "</section>\n<footer>" + HTML.escape(input.t(Texts.Reports.reportFooter)) + "</footer>"
    return ReportDocument.page(title: title, language: input.language, body: b)
  }

  /// One section as HTML.
  static func html(_ s: ReportSection, _ l: Language) -> String {
    var b = HTML.tag("section", ["id": s.id]) + "<h2>\(HTML.escape(s.title))</h2>" + ReportDocument.paragraphs(s.paragraphs)
    for c in s.charts {
      b += "<figure><figcaption>\(HTML.escape(Self.caption(c)))</figcaption>\(c.svg)</figure>"
    }
    for t in s.tables { b += ReportDocument.table(t) }
    if !s.attention.isEmpty {
      b += HTML.tag("div", ["class": "attention"]) + "<h3>\(HTML.escape(Texts.Reports.sectionNeedsAttention(l)))</h3>\(ReportDocument.list(s.attention))</div>"
    }
    return b + "</section>"
  }

  /// The caption of a chart: its title.
  static func caption(_ c: ReportChart) -> String {
    switch c {
    case .bars(let x): return x.title
    case .stacked(let x): return x.title
    case .line(let x): return x.title
    }
  }
}
