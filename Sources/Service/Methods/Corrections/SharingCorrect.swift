import JSON
import JSONRPC
import Registers
import Rules

/// `sharing.correct` (issue 16 §6): facts of a disclosure entered wrongly (recipient, purpose, law,
/// data, date, students) are corrected with a reason (AVG art. 16 on the register; art. 15(1)(c):
/// an access answer names the recipients from it). The corrected disclosure goes through
/// `sharing.record`'s reader and command again, against the consents as they are in the same turn:
/// ages on the date, the consent each student rests on (1003/1006 as at entry) and who must still
/// be told (decision 41) follow the correction.
enum SharingCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "sharing.correct", register: Sharing.name, reading: Consents.name, resultName: "disclosure", recordSchema: SharingSchemas.disclosure,
    fieldProperties: [
      "recipient": ["type": "object", "properties": ["name": SharingSchemas.text, "role": SharingSchemas.choices(RecipientRole.self)]],
      "purpose": SharingSchemas.text, "specificLaw": SharingSchemas.text, "dataCategories": SharingSchemas.strings,
      "disclosedOn": SharingSchemas.date, "students": ["type": "array", "minItems": 1, "items": SharingSchemas.student],
    ],
    summary: "Correct facts of a disclosure entered wrongly (recipient, purpose, law, data, date, students) with a reason; consents and informing are re-checked.",
    description: """
      AVG art. 16 applies to the register too. `fields` has the shape of `sharing.record`'s params: `recipient.name`, \
      `recipient.role`, `purpose`, `specificLaw`, `dataCategories`, `disclosedOn`, `students` (the whole list, \
      `[{id, birthDate, consentId?}]`; a student without `consentId` keeps the stored one). Each new value is checked \
      as `sharing.record` checks it, against the consents as they are now (-32602, 1001, 1003, 1006 as there, the \
      field under `fields.`). avgd keeps ages, not birth dates: a corrected `disclosedOn` needs `students` with \
      their birth dates (-32602 on `fields.students`). `students` (ages, consents, `inform`/`informed`), \
      `consentIds`, `informingDue` and the informing summary are recomputed and listed under `correction.recomputed`. \
      Refused with -32602 on `fields.<name>` and the reason: the id, the legal basis (record anew), whom the school \
      told (`sharing.informed`), the assessment and the registration's trace. The event `sharing.corrected` \
      (`sharing.history`) holds every field's old and new value, what was recomputed and the reason.
      """,
    roles: SharingSchemas.writers, scope: SchoolScope.registers([Sharing.name, Consents.name]),
    examples: [
      MethodExample("the class was not shared with the photographer after all",
        params: ["id": "S-2026-0001", "fields": ["dataCategories": ["name"]], "reason": "invoerfout"],
        result: [
          "disclosure": ["id": "S-2026-0001", "dataCategories": ["name"]],
          "correction": ["reason": "invoerfout", "fields": [["field": "dataCategories", "old": ["name", "class"], "new": ["name"]]]],
        ])
    ],
    fields: { Sharing.correctable }, derived: Sharing.derived,
    rerun: { r, env throws(RegisterError) in
      var m = r.merged
      m["students"] = try Sharing.studentsForRerun(r)
      m["informed"] = .array((r.before["informed"]?.arrayValue ?? []).map { i in
        ["whom": i["whom"] ?? .null, "on": i["on"] ?? .null, "how": i["how"] ?? .null]
      })
      for legacy in ["parentsInformedOn", "informedHow", "consentId"] { m[legacy] = nil }
      let input = try CorrectionMethod.reading { () throws(RPCError) in try SharingRecord.input(Params(m, path: "fields")) }
      return try RecordCorrection.entry { () throws(RegisterError) in
        try Sharing.record(
          input, in: Register(kind: .sharing), consents: env.other ?? Register(kind: .consents), now: env.now, by: env.actor,
          convention: env.service.leapDayConvention
        ).record
      }
    })
}
