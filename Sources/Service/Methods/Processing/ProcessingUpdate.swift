import JSON
import JSONRPC
import Registers

/// `processing.update`: replaces parts of an activity with a reason kept in the history, so the
/// record shows how the school's processing changed (AVG art. 5(2), 30; D6: a change after the
/// DPIA date calls for a review).
enum ProcessingUpdate {
  /// The `processing.update` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "processing.update",
      summary: "Replace parts of an activity, with a reason; the whole activity is checked again.",
      description: """
        Each part given replaces the stored part wholly (a list replaces the whole list). At least one part is \
        required (-32602 on `name` otherwise); `reason` is required. The parts are laid over the stored record and \
        checked as `processing.register` checks them, so an update never leaves a record `register` would refuse. \
        The history keeps the parts as they were. Allowed after `processing.end` too, for corrections.
        """,
      params: [ProcessingSchemas.id, ParamSpec("reason", required: true, "Why (kept in the history).", schema: ProcessingSchemas.text)]
        + ProcessingSchemas.partParams(required: false),
      result: ProcessingSchemas.result,
      errors: [ErrorSpec(.notFound, "no activity with that id")],
      examples: [
        MethodExample("the cameras get their retention period and DPIA",
          params: ProcessingExamples.camerasUpdate,
          result: ["id": "VA-2026-0005", "retention": ["count": 4, "unit": "weeks"], "dpia": ["performedOn": "2026-11-20"]]),
        MethodExample("the new school of a transfer named among the tracking system's recipients",
          params: ProcessingExamples.trackingRecipientsUpdate,
          result: ["id": "VA-2026-0002", "status": "active"]),
      ],
      roles: ProcessingSchemas.writers.names
    ) { p, context in
      let (id, reason) = (try p.string("id"), try p.string("reason"))
      let today = service.today
      return try service.writeProcessing(context) { r, processors throws(RegisterError) in
        try Processing.update(id: id, p.reader, reason: reason, in: r, processors: processors, today: today)
      }
    }
  }
}
