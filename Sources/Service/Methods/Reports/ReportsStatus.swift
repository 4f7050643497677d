import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `reports.status`: what needs attention now (issue 17 §2): requests overdue or due within 7
/// days (AVG art. 12(3)), data breaches near or past the 72 hours (art. 33(1)) and art. 34 notices
/// owed, processor agreements expiring within 90 days or failing their checks (art. 28), sharing
/// without informing parents. JSON for tools and `avgd status`, or one HTML page.
enum ReportsStatus {
  /// The output formats.
  enum Format: String, CaseIterable {
    /// The figures as JSON.
    case json
    /// One self-contained HTML document.
    case html
  }

  /// The `reports.status` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "reports.status",
      summary: "What needs attention now: overdue first, then due soon, then to check. JSON (default) or one HTML page.",
      description: """
        `on` defaults to now; an instant is taken as is, a date as 00:00 Europe/Amsterdam. Items: \
        `{register, id, urgency: overdue|dueSoon|check, title, due?, summary?}`, most urgent first; `counts` per \
        urgency. Titles are in the chosen language (Dutch by default). `avgd status` prints this in the terminal.
        """,
      params: [
        ParamSpec("on", "The moment to look from: an RFC 3339 instant or a date.", schema: ["type": "string"]),
        ReportSchemas.school, ReportSchemas.language,
        ParamSpec("format", "json (default) or html.", schema: ReportSchemas.choices(Format.self)),
      ],
      result: ResultSpec("status", schema: [
        "type": "object", "required": ["format"],
        "properties": [
          "format": ["enum": ["json", "html"]], "html": ["type": "string"], "at": ["type": "string"],
          "counts": ["type": "object"], "items": ["type": "array", "items": ["type": "object", "required": ["register", "id", "urgency", "title"]]],
        ],
      ]),
      examples: ReportExamples.status,
      roles: Role.registerReaders.names, audit: .noted,
      scope: SchoolScope.registers(StatusSources.registers)
    ) { p, context in
      var at = service.nowInstant
      if let s = try p.optionalString("on") {
        if s.count == 10 { at = Amsterdam.startOfDay(try p.date("on")) } else { at = try p.instant("on") }
      }
      let input = try ReportSchemas.input(
        service, registers: StatusSources.registers, year: Amsterdam.date(of: at).year, school: try p.optionalText("school"),
        language: try p.optionalChoice("language", Language.self) ?? Language.current, now: at)
      let overview = StatusOverview(input)
      context.audit.state(.ids(overview.items.map(\.id)))
      switch try p.optionalChoice("format", Format.self) ?? .json {
      case .html: return ["format": "html", "html": .string(overview.html)]
      case .json:
        guard case .object(var o) = overview.json else { return overview.json }
        o["format"] = "json"
        return .object(o)
      }
    }
  }
}
