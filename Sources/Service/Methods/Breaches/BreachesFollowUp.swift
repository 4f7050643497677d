import JSON
import JSONRPC
import Registers

/// `breaches.followUp`: information provided in phases (AVG art. 33(4)); the AP form allows
/// adding to, changing and withdrawing a notification, and the register keeps all of it (decision 30).
enum BreachesFollowUp {
  /// The `breaches.followUp` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.followUp",
      summary: "Record a supplement, amendment or withdrawal of the AP notification.",
      description: "Only after `breaches.reportToAuthority`. A withdrawal marks the report `withdrawn`; the record stays (art. 33(5)).",
      params: [
        BreachSchemas.id,
        ParamSpec("at", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("type", required: true, "supplement, amend or withdraw.", schema: BreachesAssess.enumSchema(FollowUpType.self)),
        ParamSpec("reference", required: true, "The AP's reference.", schema: BreachSchemas.text),
        ParamSpec("note", required: true, "What was added, changed or why it was withdrawn.", schema: BreachSchemas.text),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.followUp,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      let (id, at, type) = (try p.string("id"), try p.instant("at", orNow: service), try p.choice("type", FollowUpType.self))
      let (ref, note) = (try p.string("reference"), try p.string("note"))
      return try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.followUp(id: id, at: at, type: type, reference: ref, note: note, in: r)
      }
    }
  }
}
