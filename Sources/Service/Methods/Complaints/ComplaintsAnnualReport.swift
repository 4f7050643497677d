import JSON
import JSONRPC
import Registers

/// `complaints.annualReport`: the counsellor's mandatory annual report to the bevoegd gezag
/// (rules.md §7) as counts only, never names or descriptions (decision 48: management sees aggregates).
enum ComplaintsAnnualReport {
  /// The `complaints.annualReport` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "complaints.annualReport",
      summary: "Counts for one calendar year: opened, closed, by complainant role, by category, by month. No names.",
      description: """
        Counts by Europe/Amsterdam dates. `opened`, `byComplainantRole`, `byCategory` count dossiers opened in the \
        year; `closed` those closed in it; `openAtYearEnd` those opened by 31 December and not closed in or \
        before the year; `purged` the dossiers removed under the retention rule in the year. The report never \
        holds a name, description, report or special category. Small counts can still point to a person in a \
        small school: share it with that in mind.
        """,
      params: [ParamSpec("year", required: true, "The calendar year.", schema: ["type": "integer", "minimum": 2000, "maximum": 2100])],
      result: ResultSpec(
        "report",
        schema: [
          "type": "object", "required": ["year", "opened", "closed", "byComplainantRole", "byCategory", "byMonth"],
          "properties": [
            "year": ["type": "integer"], "opened": ["type": "integer"], "closed": ["type": "integer"],
            "openAtYearEnd": ["type": "integer"], "purged": ["type": "integer"],
            "byComplainantRole": ["type": "object"], "byCategory": ["type": "object"], "byMonth": ["type": "array"],
          ],
        ]),
      examples: ComplaintExamples.annualReport,
      roles: ComplaintSchemas.reportReaders.names
    ) { p, _ in
      let year = try p.int("year")
      return try service.ledger.read(Complaints.name) { r throws(RPCError) in ComplaintAnnualReport(year: year, register: r).json }
    }
  }
}
