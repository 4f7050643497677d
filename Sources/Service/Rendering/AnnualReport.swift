import JSON
import Rules

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
    input.t("Privacyjaarverslag \(input.year)", "Annual privacy report \(input.year)") + (input.school.map { " – \($0)" } ?? "")
  }

  /// Registers the report will show once they exist (their sections plug into `AnnualReportSources`).
  var notYetKept: [String] {
    [input.t("toestemmingen voor publicatie van beeldmateriaal", "consents for publishing photos and video"),
     input.t("instructie van medewerkers", "staff instruction")]
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
    b += "<p class=\"meta\">" + HTML.escape(input.t(
      "Opgesteld op \(input.language.long(now.year, now.month, now.day)) uit de registers van avgd. Stand van de cijfers: \(input.language.long(input.countedOn.year, input.countedOn.month, input.countedOn.day)).",
      "Made on \(input.language.long(now.year, now.month, now.day)) from avgd's registers. Figures as of \(input.language.long(input.countedOn.year, input.countedOn.month, input.countedOn.day)).")) + "</p></header>\n"
    b += "<section id=\"samenvatting\"><h2>\(HTML.escape(input.t("Samenvatting", "Summary")))</h2>"
    b += ReportDocument.paragraphs([input.t(
      "Dit verslag laat zien hoe de school in \(input.year) met persoonsgegevens van leerlingen, ouders en medewerkers is omgegaan: incidenten en datalekken, verzoeken van betrokkenen, verwerkersovereenkomsten, het delen van gegevens en de jaarcijfers van de vertrouwenspersoon. Het bestuur is verantwoordelijk; de functionaris voor gegevensbescherming rapporteert aan het bestuur (AVG art. 38 lid 3).",
      "This report shows how the school handled the personal data of students, parents and staff in \(input.year): incidents and breaches, data subject requests, processor agreements, sharing and the confidential counsellor's figures. The board is responsible; the data protection officer reports to the board (GDPR art. 38(3)).")])
    let attention = sections.flatMap(\.attention)
    b += "<div class=\"attention\"><h3>\(HTML.escape(input.t("Aandachtspunten", "Needs attention")))</h3>"
    b += attention.isEmpty
      ? "<p class=\"ok\">\(HTML.escape(input.t("Geen openstaande punten.", "Nothing open.")))</p>"
      : ReportDocument.list(attention)
    b += "</div></section>\n"
    for s in sections { b += Self.html(s, input.language) + "\n" }
    b += "<section id=\"nog-niet\"><h2>\(HTML.escape(input.t("Nog niet in dit verslag", "Not in this report yet")))</h2>"
    b += ReportDocument.paragraphs([input.t(
      "De registers voor \(notYetKept.joined(separator: " en ")) worden nog ingericht. Zodra ze bestaan, krijgen ze hier een eigen hoofdstuk.",
      "The registers for \(notYetKept.joined(separator: " and ")) are being set up. Once they exist they get a section here.")])
    b += "</section>\n<footer>" + HTML.escape(input.t(
      "Gemaakt door avgd. Alleen aantallen en registerkenmerken; geen namen van leerlingen, ouders of klagers.",
      "Made by avgd. Counts and register numbers only; no names of students, parents or complainants.")) + "</footer>"
    return ReportDocument.page(title: title, language: input.language, body: b)
  }

  /// One section as HTML.
  static func html(_ s: ReportSection, _ l: ReportLanguage) -> String {
    var b = "<section id=\"\(HTML.escape(s.id))\"><h2>\(HTML.escape(s.title))</h2>" + ReportDocument.paragraphs(s.paragraphs)
    for c in s.charts {
      b += "<figure><figcaption>\(HTML.escape(Self.caption(c)))</figcaption>\(c.svg)</figure>"
    }
    for t in s.tables { b += ReportDocument.table(t) }
    if !s.attention.isEmpty {
      b += "<div class=\"attention\"><h3>\(HTML.escape(l.pick("Aandacht nodig", "Needs attention")))</h3>\(ReportDocument.list(s.attention))</div>"
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
