import JSON
import JSONRPC
import Registers
import Rules
import Wording

/// `breaches.notifySubjects`: the communication to the people affected (AVG art. 34(1)–(2)).
/// For students the audience follows the age rules (rules.md §3.4, decision 34): the legal
/// representatives under 16, the student from 16, and the parents of a 16–17-year-old too.
enum BreachesNotifySubjects {
  /// A count of people (never negative).
  static let count: JSONValue = ["type": "integer", "minimum": 0]

  /// The `breaches.notifySubjects` declaration bound to `service`.
  static func declaration(_ service: AvgdService) -> MethodDeclaration {
    MethodDeclaration(
      name: "breaches.notifySubjects",
      summary: "Record that the people were told and what the notice said, with the audience as counts computed from the students' ages.",
      description: """
        Only for a `dataBreach`. `content` records what the notice told the people (AVG art. 34(2) with 33(3)(b)–(d)): \
        `contactPoint` (the FG or another contact point), `consequences` (the likely consequences) and `measures` \
        (taken or proposed), each required (-32602 on `content.<item>`), and optionally `nature` (the breach as \
        described to them). Give the affected students' birth dates (`studentBirthDates`); their ages on the \
        Europe/Amsterdam date of `notifiedAt` decide the audience: under 16 → `legalRepresentatives`; 16 and older → \
        `students`; 16–17 also `parentsInformed`. `audience` adds counts given directly (e.g. `others` for staff). \
        Only counts are stored, never who (the register keeps no identities, AVG art. 5(1)(c)).
        """,
      params: [
        BreachSchemas.id,
        ParamSpec("notifiedAt", "When. Default: now (the service's clock); the answer shows the moment used. No offset = Amsterdam time.", schema: BreachSchemas.instant),
        ParamSpec("channel", required: true, "letter, e-mail, parent portal, meeting, ...", schema: BreachSchemas.text),
        ParamSpec("content", required: true, "What the notice said: {contactPoint, consequences, measures, nature?}.", schema: [
          "type": "object", "required": ["contactPoint", "consequences", "measures"], "additionalProperties": false,
          "properties": [
            "contactPoint": BreachSchemas.text, "consequences": BreachSchemas.text, "measures": BreachSchemas.text,
            "nature": BreachSchemas.text,
          ],
        ]),
        ParamSpec("audience", "Counts given directly.", schema: [
          "type": "object", "additionalProperties": false,
          "properties": ["legalRepresentatives": count, "students": count, "parentsInformed": count, "others": count],
        ]),
        ParamSpec("studentBirthDates", "Birth dates of the affected students (not stored).", schema: ["type": "array", "items": ["type": "string", "format": "date"]]),
      ],
      result: BreachSchemas.result,
      errors: BreachSchemas.writeErrors,
      examples: BreachExamples.notifySubjects,
      roles: BreachSchemas.deciders.names
    ) { p, context in
      var given = NotificationAudience()
      if let a = try p.optionalNested("audience") {
        given.legalRepresentatives = try a.optionalInt("legalRepresentatives") ?? 0
        given.students = try a.optionalInt("students") ?? 0
        given.parentsInformed = try a.optionalInt("parentsInformed") ?? 0
        given.others = try a.optionalInt("others") ?? 0
      }
      var births: [CivilDate] = []
      for (i, s) in (try p.optionalStrings("studentBirthDates") ?? []).enumerated() {
        do throws(DateFormatError) { births.append(try CivilDate.parse(s)) } catch { throw p.invalid("studentBirthDates[\(i)]", error.reason) }
      }
      let (id, at, channel) = (try p.string("id"), try p.instant("notifiedAt", orNow: service), try p.string("channel"))
      let c = try p.nested("content")
      let content = SubjectNotice(
        contactPoint: try c.string("contactPoint"), consequences: try c.string("consequences"),
        measures: try c.string("measures"), nature: try c.optionalString("nature"))
      let convention = service.leapDayConvention
      let record = try service.writeBreach(context) { r throws(RegisterError) in
        try Breaches.notifySubjects(
          id: id, notifiedAt: at, channel: channel, content: content, audience: given, studentBirthDates: births, convention: convention, in: r)
      }
      // The people are told: their list has served its purpose (rules.md §3.5).
      try BreachesAffected.delete(service, id: id, reason: Texts.Breaches.afterNotification, actor: context.peer.actor)
      return record
    }
  }
}
