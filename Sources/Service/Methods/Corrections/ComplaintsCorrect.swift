import JSON
import JSONRPC
import Registers
import Rules

/// `complaints.correct` (issue 16 §6): the confidential counsellor corrects facts of a dossier
/// entered wrongly (a name, a role, the description, the consent's who and when, the moments) with
/// a reason (AVG art. 16 on the register). The dossier goes through `complaints.open`'s reader and
/// command again, and once closed `complaints.close`'s, so `retainUntil` follows a corrected
/// `closedAt` (rules.md §8). Only the counsellor: the dossiers are theirs alone (decision 48).
enum ComplaintsCorrect {
  /// The declaration's parts.
  static let method = CorrectionMethod(
    name: "complaints.correct", register: Complaints.name, reading: nil, resultName: "dossier", recordSchema: ComplaintSchemas.record,
    fieldProperties: [
      "complainant": CorrectionMethod.partial(ComplaintSchemas.party), "accused": CorrectionMethod.partial(ComplaintSchemas.party),
      "description": ComplaintSchemas.text, "category": ComplaintSchemas.enumSchema(ComplaintCategory.self), "school": ComplaintSchemas.text,
      "openedAt": ComplaintSchemas.instant, "closedAt": ComplaintSchemas.instant,
      "consent": ["type": "object", "properties": ["givenBy": ["type": "string"], "givenAt": ComplaintSchemas.instant]],
      "counsellor": ["type": "object", "properties": ["name": ComplaintSchemas.text]],
      "specialCategories": [
        "type": "array",
        "items": [
          "type": "object", "required": ["category", "reason"], "additionalProperties": false,
          "properties": ["category": ComplaintSchemas.enumSchema(SpecialCategory.self), "reason": ["type": "string"]],
        ],
      ],
    ],
    summary: "Correct facts of a dossier entered wrongly (names, roles, description, consent, moments) with a reason; retainUntil follows closedAt.",
    description: """
      AVG art. 16 applies to the register too; only the confidential counsellor corrects (decision 48). `fields` has \
      the shape of `complaints.open`'s params: `complainant` and `accused` (`name`, `role`), `description`, \
      `category`, `school`, `openedAt`, `consent.givenBy`, `consent.givenAt`, `counsellor.name`, \
      `specialCategories` (the whole list, each with its reason), and for a closed dossier `closedAt`. Each new \
      value is checked as `complaints.open` (and `complaints.close`) check it (-32602 on `fields.<path>`); no \
      conversation report may lie before a corrected `openedAt`. A corrected `closedAt` recomputes `retainUntil` \
      (and `retentionRule`) with the current retention years, listed under `correction.recomputed`. Refused with \
      -32602 on `fields.<name>` and the reason: the id, the status, `consent.explicit`, `counsellor.isStaff` (the \
      prompt given at opening), the reports (`complaints.addReport`), the outcome and the trace. A closed dossier's \
      facts can be corrected too. The event `complaints.corrected` (`complaints.history`) holds the old and new values and the reason.
      """,
    roles: ComplaintSchemas.counsellor, scope: nil,
    examples: [
      MethodExample("the accused teacher's name was misspelt",
        params: ["id": "K-2026-0001", "fields": ["accused": ["name": "P. Backer"]], "reason": "invoerfout"],
        result: [
          "dossier": ["id": "K-2026-0001", "accused": ["name": "P. Backer", "role": "staff"]],
          "correction": [
            "reason": "invoerfout",
            "fields": [["field": "accused.name", "old": "P. Bakker", "new": "P. Backer"]],
          ],
        ])
    ],
    fields: { Complaints.correctable }, derived: Complaints.derived,
    rerun: { r, env throws(RegisterError) in
      let p = CorrectionMethod.params(r)
      let opening = try CorrectionMethod.reading { () throws(RPCError) in try ComplaintsOpen.input(p) }
      let closedAt = try CorrectionMethod.reading { () throws(RPCError) in try p.has("closedAt") ? p.instant("closedAt") : nil }
      return try Complaints.corrected(
        opening, merged: r.merged, closedAt: closedAt, retentionYears: env.service.configuration.complaintRetentionYears,
        now: env.now, by: env.actor)
    })
}
