import JSON
import JSONRPC
import Registers

/// `processing.end`: the activity stopped; it stays in the record with its last day (AVG art.
/// 5(2), 30) and leaves the privacy statement from the day after.
enum ProcessingEnd {
  /// The `processing.end` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processing.end",
      summary: "End an activity: its last day and why; the record stays.",
      description: """
        `endedOn` is the last day the activity was carried out; from the next day it is left out of \
        `processing.check` and of the privacy statement. The data it collected are still kept for its \
        retention period. Ending twice is 1002; `reason` is required.
        """,
      params: [
        ProcessingSchemas.id,
        ParamSpec("endedOn", required: true, "The last day.", schema: ProcessingSchemas.date),
        ParamSpec("reason", required: true, "Why it stopped.", schema: ProcessingSchemas.text),
      ],
      result: ProcessingSchemas.result,
      errors: [ErrorSpec(.notFound, "no activity with that id"), ErrorSpec(.invalidTransition, "the activity has already ended")],
      examples: [
        MethodExample("the open-day sign-up ended",
          params: ProcessingExamples.openDayEnd,
          result: ["id": "VA-2026-0006", "status": "ended", "endedOn": "2026-11-27"])
      ],
      roles: ProcessingSchemas.writers.names
    ) { p, context in
      let (id, endedOn, reason) = (try p.string("id"), try p.date("endedOn"), try p.string("reason"))
      return try service.writeProcessing(context) { r, _ throws(RegisterError) in
        try Processing.end(id: id, endedOn: endedOn, reason: reason, in: r)
      }
    }
  }
}
