import JSON
import JSONRPC
import Registers

/// `complaints.close`: the end of the counsellor's handling. The dossier is then kept only while
/// there is a purpose: `retainUntil` = closing date + `complaintRetentionYears` (default 2;
/// rules.md §7–8 [!], configurable with `--complaint-retention-years`).
enum ComplaintsClose {
  /// The `complaints.close` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "complaints.close",
      summary: "Close a dossier with its outcome; sets retainUntil = closing date + the retention years.",
      description: """
        `retainUntil` is the Europe/Amsterdam date of `closedAt` plus `complaintRetentionYears` (service.info; \
        default 2, S&V: keep only while there is a purpose), 29 February clamped to 28 February. After that date \
        `complaints.purge` removes the dossier. A closed dossier takes no further changes (1002).
        """,
      params: [
        ComplaintSchemas.id,
        ParamSpec("closedAt", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: ComplaintSchemas.instant),
        ParamSpec("outcome", required: true, "How it ended (resolved, referred to the klachtencommissie, …).", schema: ComplaintSchemas.text),
      ],
      result: ComplaintSchemas.result,
      errors: ComplaintSchemas.writeErrors,
      examples: ComplaintExamples.close,
      roles: ComplaintSchemas.counsellor.names
    ) { p, context in
      let (id, at, outcome) = (try p.string("id"), try p.instant("closedAt", orNow: service), try p.string("outcome"))
      let years = service.configuration.complaintRetentionYears
      return .object(try service.writeComplaint(context) { r throws(RegisterError) in
        try Complaints.close(id: id, closedAt: at, outcome: outcome, retentionYears: years, in: r)
      })
    }
  }
}
