import JSON
import JSONRPC
import Registers
import Rules

/// `consents.correct` (issue 16 §6): facts typed in wrongly from a consent form are corrected with
/// a reason (AVG art. 16 on the register, art. 7(1): the school must be able to show the consent as
/// given). The corrected consent goes through `consents.record`'s reader and command again, so the
/// holder on the corrected date (UAVG art. 5; 1003 otherwise) and `ageOnGiving`, `holderBasis`,
/// `studentTakesOverOn` follow the corrected birth date, relationship or date.
enum ConsentsCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "consents.correct", register: Consents.name, reading: nil, resultName: "consent", recordSchema: SharingSchemas.consent,
    fieldProperties: [
      "student": CorrectionMethod.partial(SharingSchemas.student), "givenBy": CorrectionMethod.partial(SharingSchemas.person),
      "scope": SharingSchemas.strings, "purpose": SharingSchemas.text, "givenOn": SharingSchemas.date,
    ],
    summary: "Correct facts of a consent entered wrongly (student, giver, scope, purpose, date) with a reason; the holder on that day is re-checked.",
    description: """
      AVG art. 16 applies to the register too. `fields` has the shape of `consents.record`'s params: `student.id`, \
      `student.birthDate`, `givenBy.relationship`, `givenBy.name`, `scope`, `purpose`, `givenOn`; each new value is \
      checked as `consents.record` checks it (-32602 on `fields.<path>`; a giver who did not hold consent on the \
      corrected date for the corrected birth date is 1003 on `fields.givenBy.relationship`). `ageOnGiving`, \
      `holderBasis` and `studentTakesOverOn` are recomputed and listed under `correction.recomputed`. Refused with \
      -32602 on `fields.<name>` and the reason: the id, the status, the withdrawal (`sharing.withdrawConsent`), the \
      derived members and the registration's trace. A withdrawal already recorded may not fall before a corrected \
      `givenOn`. The event `consents.corrected` (`consents.history`) holds every field's old and new value, what \
      was recomputed and the reason; the journal keeps both versions. A correction that changes nothing is -32602 on `fields`.
      """,
    roles: SharingSchemas.writers, scope: nil,
    examples: [
      MethodExample("the parent's name was typed wrong on the class-photo consent",
        params: ["id": "C-2026-0001", "fields": ["givenBy": ["name": "M. Janssen"]], "reason": "typefout"],
        result: [
          "consent": ["id": "C-2026-0001", "givenBy": ["relationship": "parent", "name": "M. Janssen"], "ageOnGiving": 14],
          "correction": [
            "reason": "typefout",
            "fields": [["field": "givenBy.name", "old": "M. Jansen", "new": "M. Janssen"]],
          ],
        ])
    ],
    fields: { Consents.correctable }, derived: Consents.derived,
    rerun: { r, env throws(RegisterError) in
      let input = try CorrectionMethod.reading { () throws(RPCError) in try ConsentsRecord.input(CorrectionMethod.params(r)) }
      var fresh = try RecordCorrection.entry { () throws(RegisterError) in
        try Consents.record(input, in: Register(kind: .consents), now: env.now, by: env.actor, convention: env.service.leapDayConvention).record
      }
      fresh["withdrawal"] = r.before["withdrawal"]
      try Consents.checkCorrected(fresh)
      return fresh
    })
}
