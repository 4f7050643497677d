import JSON
import JSONRPC
import Registers

/// `breaches.reportToAuthority`: the notification to the Autoriteit Persoonsgegevens (AVG art.
/// 33(1)), made in the AP's online form; avgd records when, the AP's reference, and why it was late.
enum BreachesReportToAuthority {
  /// The `breaches.reportToAuthority` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.reportToAuthority",
      summary: "Record the AP notification; after the 72 hours the reasons for the delay are required.",
      description: """
        Only for a `dataBreach`, any time before closing, assessed or not: an initial notification may precede the \
        full facts (art. 33(4)). After `reportBy`, `lateReason` is required (33(1): "accompanied by reasons for the \
        delay"; -32602 on `lateReason`); `reportBy` follows a reclassification's `awareAt` (`breaches.reclassify`). \
        `reportedAt` before `awareAt` is refused (-32602). `subjectsNotToldReason` records why the people were not \
        told (AP form section 8; refused once `breaches.notifySubjects` was recorded). Later additions, \
        corrections and a withdrawal are `breaches.followUp`.
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("reportedAt", "When the AP form was submitted. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("reference", required: true, "The AP's reference of the notification.", schema: BreachSchemas.text),
        ParamSpec("lateReason", "Why the report is after `reportBy` (required then).", schema: BreachSchemas.text),
        ParamSpec("subjectsNotToldReason", "Why the people were not (or not yet) told, as said in the AP form.", schema: BreachSchemas.text),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.reportToAuthority,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, at, ref, late) = (try p.string("id"), try p.instant("reportedAt", orNow: service), try p.string("reference"), try p.optionalString("lateReason"))
      let notTold = try p.optionalString("subjectsNotToldReason")
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.reportToAuthority(id: id, reportedAt: at, reference: ref, lateReason: late, subjectsNotToldReason: notTold, in: r)
      }
    }
  }
}
