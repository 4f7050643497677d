import JSON
import JSONRPC
import Registers
import Rules

/// `imageConsents.correct` (issue 16 §6): facts of an image consent typed in wrongly from the form
/// (student, giver, channel, dates) are corrected with a reason (AVG art. 16 on the register). The
/// record goes through `publications.consent`'s reader and command again, so the holder on the day
/// (UAVG art. 5; 1003), the school year it holds for (`validUntil`, D16) and the rest follow.
enum ImageConsentsCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "imageConsents.correct", register: ImageConsents.name, reading: nil, resultName: "consent", recordSchema: PublicationSchemas.consent,
    fieldProperties: [
      "student": CorrectionMethod.partial(SharingSchemas.student), "givenBy": CorrectionMethod.partial(SharingSchemas.person),
      "channel": PublicationSchemas.channel, "givenOn": SharingSchemas.date, "validFrom": SharingSchemas.date,
      "school": SharingSchemas.text,
    ],
    summary: "Correct facts of an image consent entered wrongly (student, giver, channel, dates) with a reason; validity and holder are recomputed.",
    description: """
      AVG art. 16 applies to the register too. `fields` has the shape of `publications.consent`'s params, for the \
      record's one channel: `student.id`, `student.birthDate`, `givenBy.relationship`, `givenBy.name`, `channel`, \
      `givenOn`, `validFrom`, `school` (the board's officer moves a board-level consent to its school; a caller \
      scoped to schools moves it only between its own). Each new value is checked as `publications.consent` checks it (-32602 on \
      `fields.<path>`; 1003 on `fields.givenBy.relationship` when the giver did not hold consent that day). \
      `validUntil`, `renewalDate` (the current setting), `ageOnGiving`, `holderBasis`, `studentTakesOverOn`, \
      `channelLabel`, and a `validFrom` that was the default (`givenOn`) are recomputed and listed under \
      `correction.recomputed`. A withdrawal or suspension already recorded may not fall before a corrected \
      `givenOn`. Refused with -32602 on `fields.<name>` and the reason: the id, the status, the withdrawal or \
      suspension (`publications.withdraw`), the derived members and the trace. The event `imageConsents.corrected` \
      (`imageConsents.history`) holds the old and new values and the reason.
      """,
    roles: PublicationSchemas.writers, scope: nil,
    examples: [
      MethodExample("the form was dated 2 September, not 1 September",
        params: ["id": "BT-2026-0003", "fields": ["givenOn": "2026-09-02"], "reason": "invoerfout"],
        result: [
          "consent": ["id": "BT-2026-0003", "givenOn": "2026-09-02", "validFrom": "2026-09-02", "validUntil": "2027-07-31"],
          "correction": [
            "reason": "invoerfout",
            "fields": [["field": "givenOn", "old": "2026-09-01", "new": "2026-09-02"]],
            "recomputed": [["field": "validFrom", "old": "2026-09-01", "new": "2026-09-02"]],
          ],
        ])
    ],
    fields: { ImageConsents.correctable }, derived: ImageConsents.derived,
    rerun: { r, env throws(RegisterError) in
      let params = Params(ImageConsents.entryParams(r), path: "fields")
      let input = try CorrectionMethod.reading { () throws(RPCError) in try PublicationsConsent.input(params) }
      let renewal = try CorrectionMethod.reading { () throws(RPCError) in try env.service.imageConsentRenewal() }
      let changes = try RecordCorrection.entry { () throws(RegisterError) in
        try ImageConsents.record(
          input, in: Register(kind: .imageConsents), renewal: renewal, now: env.now, by: env.actor, convention: env.service.leapDayConvention)
      }
      let fresh = changes.first?.record ?? JSONObject()
      try ImageConsents.checkCorrected(fresh, before: r.before)
      return fresh
    })
}
