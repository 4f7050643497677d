import JSON

/// The four requests the OpenRPC examples create and carry forward, replayed in catalog order
/// with "now" pinned at 2026-11-29T10:00:00+01:00 (Protocol/README.md, "Example pairings"). Each
/// example result is a schema-valid record: these base members plus what the step shows.
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
