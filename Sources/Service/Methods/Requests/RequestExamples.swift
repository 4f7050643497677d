import JSON
import JSONRPC

/// The recorded examples of every requests method (`opening`, `decide`, ... below: data, what a
/// caller sends, not texts avgd says), and the requests they create and carry forward, replayed
/// in catalog order with "now" pinned at 2026-11-29T10:00:00+01:00 (Protocol/README.md, "Example
/// pairings"). Each example result is a schema-valid record: these base members plus what the step shows.
///
/// - R-2026-0001: a parent's access request (student 12), verified, extended, partly granted, answered.
/// - R-2026-0002: a parent's request days before the student turned 16; the student adopts, then withdraws.
/// - R-2026-0003: a parent without authority: the BW 1:377c channel, refused as against the child's interest.
/// - R-2026-0004: a 17-year-old's rectification, overdue on the pinned date (the `requests.due` list).
/// - R-2026-0005: a 13-year-old asks for their own data: accepted for the student (decision 7).
/// - R-2026-0006: a 14-year-old asks for their own data: routed to the legal representatives, who
///   repeat last month's request: decided for a fee (AVG art. 12(5)).
enum RequestExamples {
  /// When every example request is registered: the pinned clock.
  static let registeredAt = "2026-11-29T10:00:00+01:00"
  /// Result members that depend on who runs the examples (the caller's user name).
  static let volatile = ["registeredBy"]

  /// R-2026-0001 with `extra` members.
  static func r1(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0001", type: "access", student: ("S-1001", "2014-05-12"),
      requester: ["relationship": "parent", "name": "J. de Vries", "contact": "j.devries@example.nl"],
      receivedOn: "2026-11-26", dueOn: "2026-12-28", entitled: true, extra)
  }

  /// R-2026-0002 with `extra` members.
  static func r2(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0002", type: "access", student: ("S-1002", "2010-11-27"), requester: ["relationship": "parent"],
      receivedOn: "2026-11-20", dueOn: "2026-12-21", entitled: true, extra)
  }

  /// R-2026-0003 with `extra` members.
  static func r3(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0003", type: "access", student: ("S-1003", "2013-02-14"),
      requester: ["relationship": "parentWithoutAuthority"], receivedOn: "2026-11-24", dueOn: "2026-12-24",
      entitled: true, extra)
  }

  /// R-2026-0004 with `extra` members.
  static func r4(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0004", type: "rectification", student: ("S-1004", "2009-08-30"), requester: ["relationship": "student"],
      receivedOn: "2026-10-27", dueOn: "2026-11-27", entitled: true, extra)
  }

  /// R-2026-0005 with `extra` members.
  static func r5(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0005", type: "access", student: ("S-1005", "2013-06-02"), requester: ["relationship": "student"],
      receivedOn: "2026-11-28", dueOn: "2026-12-28", entitled: false, extra)
  }

  /// R-2026-0006 with `extra` members.
  static func r6(_ extra: JSONObject = [:]) -> JSONValue {
    base(
      "R-2026-0006", type: "access", student: ("S-1006", "2012-09-10"), requester: ["relationship": "student"],
      receivedOn: "2026-11-28", dueOn: "2026-12-28", entitled: false, extra)
  }

  /// R-2026-0001 (a parent's access request, carried through the whole lifecycle), R-2026-0002
  /// (the student turned 16 after receipt: adopted later), R-2026-0003 (a parent without
  /// authority: BW 1:377c), R-2026-0004 (overdue on the pinned date), R-2026-0005 and -0006 (a
  /// student under 16 asking for themselves: accepted, and routed to the legal representatives);
  /// then an import's dry run, which registers nothing.
  static let opening: [MethodExample] = [
    MethodExample(
      "a parent asks for the dossier of a 12-year-old",
      params: [
        "type": "access", "student": ["id": "S-1001", "birthDate": "2014-05-12"],
        "requester": ["relationship": "parent", "name": "J. de Vries", "contact": "j.devries@example.nl"],
        "receivedAt": "2026-11-26T16:45:00+01:00", "channel": "email", "school": "Het Baken",
      ],
      result: RequestExamples.r1(["receivedAt": "2026-11-26T16:45:00+01:00", "baseDueOn": "2026-12-26", "school": "Het Baken"])),
    MethodExample(
      "a parent's request days before the student turns 16",
      params: [
        "type": "access", "student": ["id": "S-1002", "birthDate": "2010-11-27"],
        "requester": ["relationship": "parent"], "receivedOn": "2026-11-20", "channel": "letter",
      ],
      result: RequestExamples.r2(["baseDueOn": "2026-12-20"])),
    MethodExample(
      "a parent without parental authority: the BW 1:377c channel, with standing",
      params: [
        "type": "access", "student": ["id": "S-1003", "birthDate": "2013-02-14"],
        "requester": ["relationship": "parentWithoutAuthority"], "receivedAt": "2026-11-24T08:30:00+01:00",
      ],
      result: RequestExamples.r3(["legalChannel": "BW_377C", "entitlementAtReceipt": ["entitled": true, "basis": ["article": "BW 1:377c"]]])),
    MethodExample(
      "a 17-year-old asks for a correction",
      params: [
        "type": "rectification", "student": ["id": "S-1004", "birthDate": "2009-08-30"],
        "requester": ["relationship": "student"], "receivedAt": "2026-10-27T11:15:00+01:00", "channel": "portal",
      ],
      result: RequestExamples.r4(["legalChannel": "A_AVG"])),
    MethodExample(
      "a 13-year-old asks for their own file: registered, the legal representatives named (decision 7)",
      params: [
        "type": "access", "student": ["id": "S-1005", "birthDate": "2013-06-02"],
        "requester": ["relationship": "student"], "receivedOn": "2026-11-28", "channel": "inPerson",
      ],
      result: RequestExamples.r5(["route": ["status": "pending", "holders": ["parents"]], "entitlementAtReceipt": ["holders": ["parents"]]])),
    MethodExample(
      "a 14-year-old asks for their own file",
      params: [
        "type": "access", "student": ["id": "S-1006", "birthDate": "2012-09-10"],
        "requester": ["relationship": "student"], "receivedOn": "2026-11-28", "channel": "email",
      ],
      result: RequestExamples.r6(["route": ["status": "pending"]])),
    MethodExample(
      "an import's dry run: every field checked, nothing registered",
      params: [
        "type": "access", "student": ["id": "S-1007", "birthDate": "2012-01-20"],
        "requester": ["relationship": "parent"], "receivedOn": "2026-11-27", "externalRef": "SIS-88123", "dryRun": true,
      ],
      result: ["dryRun": true, "status": "open", "externalRef": "SIS-88123", "dueOn": "2026-12-28"]),
  ]

  /// R-2026-0001 partly granted (others' data redacted, AVG art. 15(4)); R-2026-0003 refused on
  /// BW 1:377c (against the child's interest); R-2026-0006 a repeated request acted on for a fee
  /// (AVG art. 12(5)(a)).
  static let decide: [MethodExample] = [
    MethodExample(
      "partly granted: a classmate's report withheld, a teacher's private note out of scope",
      params: [
        "id": "R-2026-0001", "decision": "partiallyGranted", "grounds": ["AVG15_4"],
        "items": [
          ["description": "LVS records 2024–2026", "disclosed": true],
          ["description": "incident report naming a classmate", "disclosed": false, "ground": "AVG15_4"],
          ["description": "mentor's own notebook", "disclosed": false, "privateWorkingNote": ["singleAuthor": true, "ownUseOnly": true, "neverShared": true]],
        ],
        "decidedBy": ["name": "A. Jansen", "role": "director"],
        "balancing": "the classmate's interest outweighs; redaction considered but the report is about the classmate",
        "writtenRecord": "letter 2026-118", "decidedAt": "2026-11-29T09:00:00+01:00",
        "remedies": ["apComplaint": true, "judicialRemedy": true, "board": "private"],
      ],
      result: RequestExamples.r1([
        "status": "decided", "decision": "partiallyGranted", "grounds": ["AVG15_4"], "decidedLate": false,
        "remedies": ["apComplaint": true, "judicialRemedy": true, "awbObjection": false, "board": "private"],
      ])),
    MethodExample(
      "a parent without authority: refused under BW 1:377c, against the child's interest",
      params: [
        "id": "R-2026-0003", "decision": "refused", "grounds": ["BW1_377C_CHILD_INTEREST"],
        "decidedBy": ["name": "M. Bakker", "role": "delegate", "mandate": "Mandaatbesluit 2025-07"],
        "balancing": "the youth-care worker advises that contact details and the counsellor's notes would put the child at risk; the school would not give them to the parent with authority either",
        "writtenRecord": "letter 2026-119", "decidedAt": "2026-11-29T09:10:00+01:00",
        "remedies": ["judicialRemedy": true],
      ],
      result: RequestExamples.r3([
        "status": "decided", "decision": "refused", "grounds": ["BW1_377C_CHILD_INTEREST"], "legalChannel": "BW_377C",
      ])),
    MethodExample(
      "the legal representatives repeat last month's request, nothing has changed: acted on for a fee",
      params: [
        "id": "R-2026-0006", "decision": "fee", "grounds": ["AVG12_5_EXCESSIVE"],
        "manifestReason": "the same request was answered in full on 30 October; no data about the student has been added or changed since",
        "fee": ["amountCents": 1500, "costs": "copying and checking 300 pages again"],
        "decidedBy": ["name": "A. Jansen", "role": "director"], "writtenRecord": "letter 2026-120",
        "decidedAt": "2026-11-29T09:20:00+01:00",
        "remedies": ["apComplaint": true, "judicialRemedy": true, "awbObjection": true, "board": "publicLaw"],
      ],
      result: RequestExamples.r6([
        "status": "decided", "decision": "fee", "requester": ["relationship": "parent"], "grounds": ["AVG12_5_EXCESSIVE"], "fee": ["amountCents": 1500, "costs": "copying and checking 300 pages again"],
      ])),
  ]

  /// R-2026-0004 (a 17-year-old's rectification): the birth date was typed wrong; standing is
  /// unchanged (17 either way), so nothing else moves. Run after every other requests example.
  static let correct: [MethodExample] = [
    MethodExample(
      "a birth date typed wrong, standing unchanged",
      params: [
        "id": "R-2026-0004", "fields": ["student": ["birthDate": "2009-08-03"]],
        "reason": "typefout bij invoer: de leerlingadministratie geeft 3 augustus 2009",
      ],
      result: [
        "request": [
          "id": "R-2026-0004", "type": "rectification", "student": ["id": "S-1004", "birthDate": "2009-08-03"],
          "receivedOn": "2026-10-27", "dueOn": "2026-11-27", "entitled": true, "lastCorrectedAt": "2026-11-29T10:00:00+01:00",
        ],
        "correction": [
          "reason": "typefout bij invoer: de leerlingadministratie geeft 3 augustus 2009",
          "fields": [["field": "student.birthDate", "old": "2009-08-30", "new": "2009-08-03"]],
        ],
      ])
  ]

  /// `requests.adopt`: the student of R-2026-0002 takes over the parent's request.
  static let adopt: [MethodExample] = [
    MethodExample(
      "the student, 16 since 27 November, takes over",
      params: ["id": "R-2026-0002", "by": "student", "at": "2026-11-29T09:45:00+01:00"],
      result: RequestExamples.r2(["requester": ["relationship": "student"], "originalRequester": ["relationship": "parent"], "adoptedBy": "student"]))
  ]

  /// `requests.extend`: R-2026-0001 extended: records in three systems.
  static let extend: [MethodExample] = [
    MethodExample(
      "records in three systems",
      params: ["id": "R-2026-0001", "reason": "the dossier is spread over three systems and includes e-mail of six staff members", "noticeSentAt": "2026-11-28T10:00:00+01:00"],
      result: RequestExamples.r1(["status": "extended", "extendedDueOn": "2027-02-26", "extendedDueBy": "2027-02-26T23:59:59+01:00"]))
  ]

  /// `requests.respond`: R-2026-0001 answered.
  static let respond: [MethodExample] = [
    MethodExample(
      "sent by secure e-mail",
      params: ["id": "R-2026-0001", "respondedAt": "2026-11-29T09:30:00+01:00", "channel": "email"],
      result: RequestExamples.r1(["status": "responded", "respondedLate": false, "closedAt": "2026-11-29T09:30:00+01:00"]))
  ]

  /// `requests.route`: R-2026-0005 accepted for the student, R-2026-0006 routed to the legal representatives.
  static let route: [MethodExample] = [
    MethodExample(
      "accepted for the 13-year-old, who asks for their own mentor reports",
      params: [
        "id": "R-2026-0005", "to": "student", "at": "2026-11-28T14:00:00+01:00",
        "justification": "asks only for their own mentor reports; understands what they contain; a parent's involvement would not be in the student's interest here",
        "decidedBy": ["name": "A. Jansen", "role": "director"],
      ],
      result: RequestExamples.r5(["route": ["status": "acceptedForStudent", "at": "2026-11-28T14:00:00+01:00"]])),
    MethodExample(
      "routed to the 14-year-old's legal representatives",
      params: ["id": "R-2026-0006", "to": "legalRepresentatives", "at": "2026-11-28T14:10:00+01:00"],
      result: RequestExamples.r6([
        "requester": ["relationship": "parent"], "originalRequester": ["relationship": "student"],
        "route": ["status": "legalRepresentatives"],
      ])),
  ]

  /// `requests.verifyIdentity`: R-2026-0001: identity shown at the desk.
  static let verifyIdentity: [MethodExample] = [
    MethodExample(
      "identity shown at the desk",
      params: ["id": "R-2026-0001", "method": "passport shown at the front desk; no copy kept", "verifiedAt": "2026-11-27T09:00:00+01:00"],
      result: RequestExamples.r1(["identity": ["method": "passport shown at the front desk; no copy kept", "verifiedAt": "2026-11-27T09:00:00+01:00"]]))
  ]

  /// `requests.withdraw`: R-2026-0002 withdrawn by the student.
  static let withdraw: [MethodExample] = [
    MethodExample(
      "the student no longer wants the copy (a time without offset is Amsterdam time)",
      params: ["id": "R-2026-0002", "at": "2026-11-29T09:50:00", "note": "withdrawn by the student by phone"],
      result: RequestExamples.r2(["status": "withdrawn", "requester": ["relationship": "student"], "withdrawnAt": "2026-11-29T09:50:00+01:00"]))
  ]

  /// `requests.due`: the morning list on the pinned date.
  static let due: [MethodExample] = [
    MethodExample(
      "this morning's list",
      params: [:],
      result: ["on": "2026-11-29", "within": 7, "overdue": 1, "items": [["id": "R-2026-0004", "daysLeft": -2, "overdue": true]]])
  ]

  private static func base(
    _ id: String, type: String, student: (String, String), requester: JSONValue, receivedOn: String, dueOn: String,
    entitled: Bool, _ extra: JSONObject
  ) -> JSONValue {
    var o: JSONObject = [
      "id": .string(id), "type": .string(type), "status": "open",
      "student": ["id": .string(student.0), "birthDate": .string(student.1)], "requester": requester,
      "receivedOn": .string(receivedOn), "registeredAt": .string(registeredAt), "registeredBy": "privacy-officer",
      "dueOn": .string(dueOn), "dueBy": .string(dueOn + "T23:59:59+01:00"), "entitled": .bool(entitled),
    ]
    for m in extra { o[m.key] = m.value }
    return .object(o)
  }
}
