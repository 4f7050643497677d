import JSON
import JSONRPC
import Registers
import Rules

/// `publications.correct` (issue 16 §6): facts of a publication entered wrongly (channel, date,
/// what, where, the students shown) are corrected with a reason (AVG art. 16 on the register;
/// art. 5(2): the school shows each publication rested on consent). The record goes through
/// `publications.record`'s reader and command again against the image consents as they are in the
/// same turn: a recognisable student without consent for the corrected channel or date is 1006.
enum PublicationsCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "publications.correct", register: Publications.name, reading: ImageConsents.name, resultName: "publication",
    recordSchema: PublicationSchemas.publication,
    fieldProperties: [
      "channel": PublicationSchemas.channel, "publishedOn": SharingSchemas.date, "description": SharingSchemas.text,
      "location": SharingSchemas.text, "printed": ["type": "boolean"], "school": SharingSchemas.text,
      "students": [
        "type": "array", "minItems": 1,
        "items": [
          "type": "object", "required": ["id"], "additionalProperties": false,
          "properties": ["id": SharingSchemas.text, "recognisable": ["type": "boolean"]],
        ],
      ],
    ],
    summary: "Correct facts of a publication entered wrongly (channel, date, what, where, students) with a reason; the consents are re-checked.",
    description: """
      AVG art. 16 applies to the register too. `fields` has the shape of `publications.record`'s params: `channel`, \
      `publishedOn`, `description`, `location`, `printed`, `students` (the whole list), `school`. Each new value is \
      checked as `publications.record` checks it, against the image consents of the (corrected) school as they are now (-32602 on `fields.<path>`; 1006 \
      on `fields.students[i].id` for a recognisable student without consent for the channel on the date). \
      `students` (the `consentId` each rests on), `channelLabel`, and a `printed` that was the old channel's default \
      are recomputed and listed under `correction.recomputed`. A take-down already recorded may not fall before a \
      corrected `publishedOn`. Refused with -32602 on `fields.<name>` and the reason: the id, the status, the \
      take-down (`publications.takeDown`) and the trace. The event `publications.corrected` \
      (`publications.history`) holds the old and new values and the reason.
      """,
    roles: PublicationSchemas.writers, scope: SchoolScope.registers([Publications.name, ImageConsents.name]),
    examples: [
      MethodExample("the newsletter's issue was left out",
        params: ["id": "BP-2026-0002", "fields": ["location": "Nieuwsbrief 2026-10"], "reason": "invoerfout"],
        result: [
          "publication": ["id": "BP-2026-0002", "location": "Nieuwsbrief 2026-10"],
          "correction": [
            "reason": "invoerfout",
            "fields": [["field": "location", "old": nil, "new": "Nieuwsbrief 2026-10"]],
          ],
        ])
    ],
    fields: { Publications.correctable }, derived: Publications.derived,
    rerun: { r, env throws(RegisterError) in
      let params = Params(Publications.entryParams(r), path: "fields")
      // A school outside the caller's is refused as such (-32602 on `fields.school`), not as "no consent".
      let input = try CorrectionMethod.reading { () throws(RPCError) in
        let input = try PublicationsRecord.input(params)
        try PublicationSchemas.checkSchool(input.school, in: .publications)
        return input
      }
      let fresh = try RecordCorrection.entry { () throws(RegisterError) in
        try Publications.record(
          input, in: Register(kind: .publications), consents: env.other ?? Register(kind: .imageConsents), now: env.now, by: env.actor,
          convention: env.service.leapDayConvention
        ).record
      }
      try Publications.checkCorrected(fresh, before: r.before)
      return fresh
    })
}
