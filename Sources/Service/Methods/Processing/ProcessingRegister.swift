import JSON
import JSONRPC
import Registers

/// `processing.register`: an activity enters the record of processing activities the board must
/// keep and show the AP on request (AVG art. 30(1), 30(4); duties.md §1, D1).
enum ProcessingRegister {
  /// The `processing.register` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processing.register",
      summary: "Register a processing activity: purpose, basis, people, data, recipients, processors, transfers, retention, security, DPIA facts.",
      description: """
        One record per activity (process), listing the processors it uses by their ids in the processor register \
        (D1). The id is `VA-YYYY-NNNN`. Refused with -32602: a basis (c) or (e) without `law` (art. 6(3)), (f) \
        without `legitimateInterest`, `law: OTHER` without `article`, no subject or data category, a processor id \
        the processor register does not hold, a retention without `count`/`unit` (except `perSelectielijst`), a DPIA \
        `outcome` without `performedOn` or a `performedOn` in the future, a code listed twice. WP248 criterion 7 \
        (`vulnerableSubjects`) is added when students are data subjects, unless `dpia.vulnerableClearedReason` says \
        why not (D5). Gaps the school must still fill (no retention, special categories without an art. 9 \
        exception, no DPIA where one is required) are recorded and reported by `processing.check`.
        """,
      params: ProcessingSchemas.partParams(required: true),
      result: ProcessingSchemas.result,
      examples: [
        MethodExample("the student administration: (c) WVO 2020, BSN marked, DPIA done", params: ProcessingExamples.administration,
          result: ["id": "VA-2026-0001", "status": "active", "dpia": ["criteria": ["largeScale", "vulnerableSubjects"]]]),
        MethodExample("the student tracking system: health data for support, three criteria, no DPIA yet", params: ProcessingExamples.tracking,
          result: ["id": "VA-2026-0002", "dpia": ["criteria": ["evaluationOrScoring", "sensitiveData", "vulnerableSubjects"]]]),
        MethodExample("photos and videos, on consent", params: ProcessingExamples.photos, result: ["id": "VA-2026-0003", "legalBasis": ["letter": "a"]]),
        MethodExample("staff and salary administration", params: ProcessingExamples.staff, result: ["id": "VA-2026-0004", "dpia": ["criteria": []]]),
        MethodExample("cameras, before retention and DPIA were recorded", params: ProcessingExamples.cameras, result: ["id": "VA-2026-0005", "school": "Brederocollege"]),
        MethodExample("the open-day sign-up", params: ProcessingExamples.openDay, result: ["id": "VA-2026-0006", "status": "active"]),
      ],
      roles: ProcessingSchemas.writers.names
    ) { p, context in
      let now = service.nowInstant
      return try service.writeProcessing(context) { r, processors throws(RegisterError) in
        try Processing.register(p.reader, in: r, processors: processors, now: now, by: context.peer.actor)
      }
    }
  }
}
