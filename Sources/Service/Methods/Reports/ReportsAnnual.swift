import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `reports.annual`: the annual privacy report to the board (issue 17 §1; duties.md §8; AVG art.
/// 38(3)) as one self-contained HTML document, or the same figures as JSON for a student
/// administration that draws its own charts.
enum ReportsAnnual {
  /// The output formats.
  enum Format: String, CaseIterable {
    /// One self-contained HTML document.
    case html
    /// The figures as JSON.
    case json
  }

  /// The `reports.annual` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "reports.annual",
      summary: "The annual privacy report for the board: HTML with charts (default) or the same figures as JSON.",
      description: """
        One section per register that exists: incidents and breaches (per month by kind, AP reports in time and \
        late with hours from awareness, art. 34 notices, exemptions), subject requests (per type and outcome, in \
        time, extended, late, median days), processor agreements (per product: valid, expiring within 90 days, \
        missing, expired), sharing per legal basis, and the confidential counsellor's figures exactly as \
        `complaints.annualReport` gives them. Each section has a short text and what needs attention. `html` is \
        one self-contained document (no script, no external files, A4 print CSS, charts as inline SVG); \
        `json` gives `{year, school, language, generatedAt, countedOn, sections: [{id, title, figures, attention, \
        charts}]}`. Counts only: no names. `avgd report --year 2026 > jaarverslag-2026.html` writes the HTML.
        """,
      params: [
        ParamSpec("year", required: true, "The calendar year.", schema: ["type": "integer", "minimum": 2000, "maximum": 2100]),
        ReportSchemas.school, ReportSchemas.language,
        ParamSpec("format", "html (default) or json.", schema: ReportSchemas.choices(Format.self)),
      ],
      result: ResultSpec("report", schema: [
        "type": "object",
        "properties": [
          "format": ["enum": ["html", "json"]], "html": ["type": "string"], "year": ["type": "integer"],
          "sections": ["type": "array", "items": ["type": "object", "required": ["id", "title", "figures", "attention", "charts"]]],
        ],
        "required": ["format"],
      ]),
      examples: ReportExamples.annual,
      roles: Role.registerReaders.names,
      volatileResultMembers: ["generatedAt"], audit: ReadAudit.mentioned,
      scope: SchoolScope.registers(AnnualReportSources.registers)
    ) { p, _ in
      let year = try p.int("year")
      guard (2000...2100).contains(year) else { throw p.invalid("year", Texts.Reports.yearOutOfRange(2000, 2100).string) }
      let input = try ReportSchemas.input(
        service, registers: AnnualReportSources.registers, year: year, school: try p.optionalText("school"),
        language: try p.optionalChoice("language", Language.self) ?? Language.current, now: service.nowInstant)
      let report = AnnualReport(input)
      switch try p.optionalChoice("format", Format.self) ?? .html {
      case .html: return ["format": "html", "year": .int(year), "html": .string(report.html)]
      case .json:
        guard case .object(var o) = report.json else { return report.json }
        o["format"] = "json"
        return .object(o)
      }
    }
  }
}
