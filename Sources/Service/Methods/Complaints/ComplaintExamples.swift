import JSON
import JSONRPC

/// The examples of the `complaints.*` methods as one story, replayed in catalog order on a fresh
/// service pinned at 2026-11-29T10:00:00+01:00 (Protocol/README.md, "Example pairings"): a
/// student's dossier with a staff counsellor (open), a parent's dossier from 2024 with an external
/// counsellor, closed in June 2024 and so past its two years by now (purged last).
enum ComplaintExamples {
  /// `complaints.open`.
  static let open: [MethodExample] = [
    MethodExample(
      "a student, a staff counsellor: the reporting-duty prompt",
      params: [
        "complainant": ["name": "Sanne de Vries", "role": "student"], "accused": ["name": "P. Bakker", "role": "staff"],
        "description": "Repeated remarks about her in class over several weeks", "category": "treatment",
        "consent": ["givenBy": "Sanne de Vries", "givenAt": "2026-11-02T10:00:00+01:00", "explicit": true],
        "counsellor": ["name": "A. Smit", "isStaff": true], "openedAt": "2026-11-02T10:15:00+01:00", "school": "Brederocollege",
      ],
      result: ["id": "K-2026-0001", "status": "open", "prompt": ["kind": "reportingDuty"]]),
    MethodExample(
      "a parent in 2024, an external counsellor, a special category with its reason: the aangifte prompt",
      params: [
        "complainant": ["name": "F. El Amrani", "role": "parent"],
        "description": "Remarks by a teacher about her religion at a parents' evening", "category": "discrimination",
        "consent": ["givenBy": "F. El Amrani", "givenAt": "2024-03-04T13:50:00+01:00", "explicit": true],
        "specialCategories": [["category": "religion", "reason": "the complaint is about remarks on her religion"]],
        "counsellor": ["name": "Extern VP-bureau", "isStaff": false], "openedAt": "2024-03-04T14:00:00+01:00",
      ],
      result: ["id": "K-2024-0001", "status": "open", "prompt": ["kind": "aangifte"]]),
  ]

  /// `complaints.addReport`.
  static let addReport: [MethodExample] = [
    MethodExample(
      "the first conversation",
      params: ["id": "K-2026-0001", "at": "2026-11-09T15:30:00+01:00", "summary": "Agreed she keeps a log; next talk in two weeks", "with": "complainant"],
      result: ["id": "K-2026-0001", "reports": [["at": "2026-11-09T15:30:00+01:00", "summary": "Agreed she keeps a log; next talk in two weeks", "with": "complainant"]]])
  ]

  /// `complaints.close`.
  static let close: [MethodExample] = [
    MethodExample(
      "the 2024 dossier, mediated",
      params: ["id": "K-2024-0001", "closedAt": "2024-06-10T16:00:00+02:00", "outcome": "Mediated; agreements kept"],
      result: ["id": "K-2024-0001", "status": "closed", "retainUntil": "2026-06-10", "retentionRule": "complaints-2y"])
  ]

  /// `complaints.annualReport`.
  static let annualReport: [MethodExample] = [
    MethodExample(
      "2026 so far", params: ["year": 2026],
      result: ["year": 2026, "opened": 1, "closed": 0, "byComplainantRole": ["student": 1, "parent": 0, "staff": 0, "other": 0]])
  ]

  /// `complaints.purge` (last: it removes K-2024-0001).
  static let purge: [MethodExample] = [
    MethodExample(
      "what would go", params: ["dryRun": true],
      result: ["on": "2026-11-29", "dryRun": true, "count": 1]),
    MethodExample(
      "today",
      params: [:],
      result: [
        "on": "2026-11-29", "dryRun": false, "count": 1,
        "purged": [[
          "id": "K-2024-0001", "closedOn": "2024-06-10", "retainUntil": "2026-06-10", "purgedOn": "2026-11-29",
          "rule": "complaints-2y", "note": "Klachtdossier K-2024-0001 gesloten op 2024-06-10, verwijderd op 2026-11-29 volgens bewaarregel complaints-2y",
        ]],
      ]),
  ]
}
